import type { Actor } from '#lib/server/policy/actor.ts';
import type { SpaceRef } from '#lib/server/spaces/space-scope.ts';

declare global {
	namespace App {
		interface Locals {
			/** Who sends the request (see src/lib/server/auth/authenticate.ts). */
			actor: Actor;
			/** The space a route's `[slug]` names, found once per request; undefined when none has that slug. */
			space?: SpaceRef;
		}
	}
}

export {};
