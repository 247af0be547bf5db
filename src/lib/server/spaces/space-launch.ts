import type { AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { inviteToSpace } from '../team/team.invitations.usecases.ts';
import { newSpaceSchema, type Space } from './spaces.schemas.ts';
import { createSpace } from './spaces.usecases.ts';

/**
 * A new space and, when an address is given, the invitation of its first admin, both or neither:
 * the one place where spaces asks the team module for something (its invitation, mail and all).
 * Wake the job runner afterwards to send the mail at once.
 */
export async function launchSpace({
	db,
	context,
	publicUrl,
	input
}: {
	db: Database;
	context: AuditContext;
	/** Where people open the platform; the invitation's link points there. */
	publicUrl: string;
	/** Validated here: a form, the API and the CLI pass what they received. */
	input: unknown;
}): Promise<{ space: Space; invited?: string }> {
	const { firstAdmin, ...profile } = newSpaceSchema.parse(input);
	return db.transaction(async (tx) => {
		const space = await createSpace({ db: tx, context, input: profile });
		if (!firstAdmin) return { space };
		const invitation = await inviteToSpace({
			db: tx,
			context,
			publicUrl,
			space: { id: space.id, slug: space.slug, name: space.name },
			input: { email: firstAdmin.email, role: 'admin', locale: firstAdmin.locale }
		});
		return { space, invited: invitation.email };
	});
}
