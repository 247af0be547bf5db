import type { Actor } from '#lib/server/policy/actor.ts';

declare global {
	namespace App {
		interface Locals {
			/** Who sends the request (see src/lib/server/auth/authenticate.ts). */
			actor: Actor;
		}
	}
}

export {};
