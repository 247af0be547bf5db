import type { Database } from '../db/client.ts';
import type { PersonReference } from '../manifest/manifest.ts';
import { presentAffiliation, presentConsent } from './people.presenter.ts';
import { createPeopleRepository } from './people.repository.ts';
import { affiliations, consents } from './people.table.ts';

/**
 * The people module's own rows of a person: affiliations (with the organisations' names) stay on
 * erasure, so every count by organisation is the same before and after; consents go.
 */
export const peopleOwnReferences: PersonReference[] = [
	{
		column: affiliations.personId,
		exportedAs: 'affiliations',
		exportRows: async (db: Database, personId: string) =>
			(await createPeopleRepository({ db }).affiliationsOf([personId])).map((row) => presentAffiliation(row)),
		onErase: 'keep'
	},
	{
		column: consents.personId,
		exportedAs: 'consents',
		exportRows: async (db: Database, personId: string) => (await createPeopleRepository({ db }).consentsOf(personId)).map(presentConsent).reverse(),
		onErase: 'delete'
	}
];
