import type { CommandInput } from '../manifest/manifest.ts';
import { cliActor } from '../policy/actor.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';
import { addMember } from './team.usecases.ts';

const context = { actor: cliActor, source: 'cli' } as const;

export async function addMemberCommand({ database, options }: CommandInput): Promise<void> {
	const member = await addMember({
		db: database.db,
		context,
		space: await findSpaceRef(database.db, String(options.space ?? '')),
		input: { email: String(options.email ?? ''), role: String(options.role ?? '') }
	});
	console.log(`${member.email} is now ${member.role} of ${String(options.space)}.`);
}
