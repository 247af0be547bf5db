import type { Database } from '../../src/lib/server/db/client.ts';
import { addMembership } from '../../src/lib/server/memberships/memberships.usecases.ts';
import { createOrganisation } from '../../src/lib/server/organisations/organisations.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { findSpaceRef } from '../../src/lib/server/spaces/space-scope.ts';

/**
 * A member organisation for a demo space, which starts without members (the seeds name none), for
 * tests that need one. Written through the use cases, so the audit log holds its entries too.
 */
export async function seedMember(db: Database, slug: string, name: string, municipalityCode = '052'): Promise<string> {
	const context = { actor: cliActor, source: 'cli' } as const;
	const organisation = await createOrganisation({ db, context, input: { name, legalForm: 'association', municipalityCode } });
	await addMembership({ db, context, space: await findSpaceRef(db, slug), organisationId: organisation.id, input: { status: 'member', since: '2021-01-01' } });
	return organisation.id;
}
