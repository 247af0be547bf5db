import { and, count, eq, lt } from 'drizzle-orm';
import type { IndicatorRule } from '../manifest/manifest.ts';
import { spaceMembers } from './team.table.ts';

/** People in the space's team at the end of a reporting period (those who joined by then and are still in it). */
export const teamIndicatorRules: IndicatorRule[] = [
	{
		id: 'team.people',
		words: { sl: 'Število ljudi v ekipi ob koncu obdobja', en: 'People in the team at the end of the period' },
		async compute({ db, space, to }) {
			const dayAfter = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000);
			const [row] = await db
				.select({ people: count() })
				.from(spaceMembers)
				.where(and(eq(spaceMembers.spaceId, space.id), lt(spaceMembers.createdAt, dayAfter)));
			return row?.people ?? 0;
		}
	}
];
