import { and, eq, sql, type SQL } from 'drizzle-orm';
import { foldText } from '../../../reference/fold-text.ts';
import { memberships } from '../../memberships/memberships.table.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import type { DirectoryQuery } from '../organisations.schemas.ts';
import { organisations } from '../organisations.table.ts';

export type DirectoryFilter = Omit<DirectoryQuery, 'page' | 'pageSize'>;

/** The words of a search as it is matched: folded (case and diacritics), at most eight. */
export function searchWords(typed: string | undefined): string[] {
	return foldText(typed ?? '')
		.split(' ')
		.filter(Boolean)
		.slice(0, 8);
}

/**
 * The full-text query for what someone typed: every word must begin a word of the organisation's
 * search text (`sticisce dru` finds "Društvo Stičišče"). Undefined when nothing searchable is left.
 */
export function prefixQuery(typed: string | undefined): SQL | undefined {
	const words = searchWords(typed);
	if (words.length === 0) return undefined;
	return sql`to_tsquery('simple', ${words.map((word) => `${word}:*`).join(' & ')})`;
}

/** The conditions one filter of the directory puts on organisations; `except` leaves one out (for its facet). */
export function directoryConditions(filter: DirectoryFilter, except?: keyof DirectoryFilter): SQL | undefined {
	const use = (key: keyof DirectoryFilter) => key !== except && filter[key] !== undefined;
	const query = prefixQuery(filter.q);
	const conditions = [
		use('q') && query ? sql`${organisations.searchVector} @@ ${query}` : undefined,
		use('region') ? eq(organisations.regionCode, filter.region!) : undefined,
		use('municipality') ? eq(organisations.municipalityCode, filter.municipality!) : undefined,
		use('legalForm') ? eq(organisations.legalForm, filter.legalForm!) : undefined,
		use('field') ? sql`${organisations.fields} @> array[${filter.field}]::text[]` : undefined,
		use('publicInterest')
			? filter.publicInterest === 'yes'
				? sql`jsonb_array_length(${organisations.publicInterest}) > 0`
				: sql`jsonb_array_length(${organisations.publicInterest}) = 0`
			: undefined,
		// `in`, not a correlated `exists`: the members are looked up once, not once per organisation
		use('space')
			? sql`${organisations.id} in (select ${memberships.organisationId} from ${memberships}
				join ${spaces} on ${spaces.id} = ${memberships.spaceId} where ${memberships.status} = 'member' and ${spaces.slug} = ${filter.space})`
			: undefined
	].filter((condition): condition is SQL => condition !== undefined);
	return conditions.length > 0 ? and(...conditions) : undefined;
}
