import { rowCount, type FormFields } from '../components/ui/repeating-rows.ts';

/**
 * The repeating lists of a project's edit form: general objectives, each with its own list of
 * specific objectives (`objectives.0.objectives`), strands and links. Client-safe: the page
 * counts rows again after each change in the browser, the server after each sent form.
 */
export const projectRowLists = ['objectives', 'strands', 'links'] as const;

export const specificList = (general: number) => `objectives.${general}.objectives`;

/** Every list the form holds now, the nested ones of each general objective included. */
export function projectListsOf(counts: Record<string, number>): string[] {
	return [...projectRowLists, ...Array.from({ length: counts.objectives ?? 0 }, (_, index) => specificList(index))];
}

/**
 * The rows of each list, as the fields show them; `changed` is the list a row was just added to
 * or removed from, whose count is known (a new row has no fields yet). A general objective
 * removed moves the ones after it up, so their lists of specific objectives are counted anew.
 */
export function projectRowCounts(fields: FormFields, changed?: { list: string; count: number }): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const list of projectRowLists) counts[list] = rowCount(fields, list);
	if (changed?.list === 'objectives') counts.objectives = changed.count;
	for (let index = 0; index < (counts.objectives ?? 0); index++) counts[specificList(index)] = rowCount(fields, specificList(index));
	if (changed) counts[changed.list] = changed.count;
	return counts;
}
