import { eq, or } from 'drizzle-orm';
import { foldText } from '../../reference/fold-text.ts';
import type { Database } from '../db/client.ts';
import { isStorableLine } from '../shared/text.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { organisationAmbiguous, organisationNotMatched } from './people.errors.ts';

export type PickedOrganisation = { id: string; name: string; registrationNumber: string | null };

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
