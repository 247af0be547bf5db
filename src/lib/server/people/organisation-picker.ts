import { asc, eq, or, sql } from 'drizzle-orm';
import { foldText } from '../../reference/fold-text.ts';
import type { Database } from '../db/client.ts';
import { isStorableLine } from '../shared/text.ts';
import { prefixQuery } from '../organisations/directory/directory.filters.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { organisationAmbiguous, organisationNotMatched } from './people.errors.ts';

export type PickedOrganisation = { id: string; name: string; registrationNumber: string | null };
export type OrganisationCandidate = PickedOrganisation & { city: string | null };

/**
 * The organisations a picker offers for what was typed: every word begins a word of the name,
 * short name, other names, city or identifiers (case and diacritics aside), as the directory
 * searches. Without JavaScript the picker's search button lists them to choose from.
 */
export async function searchOrganisations({ db, typed, limit = 10 }: { db: Database; typed: string; limit?: number }): Promise<OrganisationCandidate[]> {
	const query = isStorableLine(typed) ? prefixQuery(typed.slice(0, 200)) : undefined;
	if (!query) return [];
	return db
		.select({ id: organisations.id, name: organisations.name, registrationNumber: organisations.registrationNumber, city: organisations.city })
		.from(organisations)
		.where(sql`${organisations.searchVector} @@ ${query}`)
		.orderBy(asc(organisations.sortName), asc(organisations.id))
		.limit(limit);
}

/**
 * The organisation someone typed in a form without JavaScript: its registration number, or its
 * name exactly (case and diacritics aside). Several of the same name must be told apart by number.
 */
export async function pickOrganisation({ db, typed }: { db: Database; typed: string }): Promise<PickedOrganisation> {
	const text = typed.trim();
	// a NUL would fail the query: such a text names no organisation
	if (!isStorableLine(text)) throw organisationNotMatched(text);
	const number = text.replace(/\s+/g, '');
	const rows = await db
		.select({ id: organisations.id, name: organisations.name, registrationNumber: organisations.registrationNumber })
		.from(organisations)
		.where(or(eq(organisations.registrationNumber, number), eq(organisations.sortName, foldText(text))))
		.limit(10);
	const byNumber = rows.find((row) => row.registrationNumber === number);
	if (byNumber) return byNumber;
	if (rows.length === 0 || text === '') throw organisationNotMatched(text);
	if (rows.length > 1) throw organisationAmbiguous(text, rows.length);
	return rows[0]!;
}
