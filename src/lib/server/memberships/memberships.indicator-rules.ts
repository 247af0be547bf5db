import { and, count, eq, sql } from 'drizzle-orm';
import type { IndicatorRule } from '../manifest/manifest.ts';
import { memberships } from './memberships.table.ts';

/**
 * Member organisations of the space on the last day of a reporting period: members since then (or,
 * without a start date, recorded by then), and former members whose membership ended after it.
 */
export const membershipIndicatorRules: IndicatorRule[] = [
	{
		id: 'memberships.members',
		words: { sl: 'Število članic ob koncu obdobja', en: 'Member organisations at the end of the period' },
		async compute({ db, space, to }) {
			const [row] = await db
				.select({ members: count() })
				.from(memberships)
				.where(
					and(
						eq(memberships.spaceId, space.id),
						sql`coalesce(${memberships.since}, ${memberships.createdAt}::date) <= ${to}::date`,
						sql`(${memberships.status} = 'member' and (${memberships.until} is null or ${memberships.until} >= ${to}::date)
							or ${memberships.status} = 'former' and ${memberships.until} >= ${to}::date)`
					)
				);
			return row?.members ?? 0;
		}
	}
];
