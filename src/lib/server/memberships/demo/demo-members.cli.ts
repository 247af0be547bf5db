import type { CommandInput } from '../../manifest/manifest.ts';
import { cliActor } from '../../policy/actor.ts';
import { joinSyntheticRegistry } from './synthetic-memberships.usecases.ts';

/** `demo:members`: a share of the synthetic registry (demo:registry) joins the demo spaces. */
export async function demoMembersCommand({ database }: CommandInput): Promise<void> {
	const result = await joinSyntheticRegistry({ db: database.db, context: { actor: cliActor, source: 'cli' } });
	console.log(
		result.spaces.length > 0
			? `Added ${result.memberships} memberships of the demo spaces ${result.spaces.join(', ')}.`
			: 'No demo space to join: load them first (npm run cli -- demo:load).'
	);
}
