// Seeds a database with two pairs of duplicate organisations (fictional), for tests of the
// duplicates page and CLI. Called in the test process, like seed-people.ts.
import type { Database } from '../../src/lib/server/db/client.ts';
import { createOrganisation } from '../../src/lib/server/organisations/organisations.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';

export type DuplicatesFixture = { sameTaxNumber: [string, string]; differentNumbers: [string, string] };

export async function seedDuplicates(db: Database): Promise<DuplicatesFixture> {
	const context = { actor: cliActor, source: 'cli' } as const;
	const create = async (input: Record<string, unknown>) => (await createOrganisation({ db, context, input })).id;
	return {
		sameTaxNumber: [
			await create({
				name: 'Društvo Bršljan Kranj',
				legalForm: 'association',
				taxNumber: '10000003',
				registrationNumber: '9100003',
				municipalityCode: '052',
				city: 'Kranj'
			}),
			await create({ name: 'Drustvo Brsljan', legalForm: 'association', taxNumber: '10000003', municipalityCode: '052', email: 'info@brsljan.example' })
		],
		differentNumbers: [
			await create({ name: 'Zavod Pegam', legalForm: 'private_institute', registrationNumber: '9100001', municipalityCode: '061' }),
			await create({ name: 'Zavod Pegam Ljubljana', legalForm: 'private_institute', registrationNumber: '9100002', municipalityCode: '061' })
		]
	};
}
