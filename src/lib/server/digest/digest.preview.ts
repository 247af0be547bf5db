import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { ljubljanaDay, ljubljanaMidnight } from '../activities/calendar/calendar.usecases.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { calendarDate } from '../shared/calendar-date.ts';
import { emailAddress } from '../shared/text.ts';
import type { SpaceRef } from '../spaces/space-scope.ts';
import { composeDigest, organisationsOfPerson, personIdForEmail, type ComposedDigest, type DigestComposer } from './digest.compose.ts';
import { digestPolicy } from './digest.policy.ts';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const dateTime = z.iso.datetime({ offset: true });

/** A day as people write it (`21. 12. 2021`, `2021-12-21`: midnight in Ljubljana) or an instant (`2021-12-21T08:00:00Z`). */
const moment = z.preprocess(
	emptyToUndefined,
	z.union([dateTime.transform((value) => new Date(value)), calendarDate().transform((day) => ljubljanaMidnight(day))], { error: 'digest_date' }).optional()
);

/** The period and recipient asked for; the period defaults to the seven days before today. */
export const digestPreviewQuerySchema = z
	.object({
		since: moment.meta({
			description: 'Start of the period (included): `2021-12-14`, `14. 12. 2021` or a date-time; seven days before `until` when left out.'
		}),
		until: moment.meta({ description: 'End of the period (excluded): a date or date-time; today (midnight in Ljubljana) when left out.' }),
		email: z.preprocess(emptyToUndefined, emailAddress('digest_email').optional()).meta({
			description: 'The recipient: a person of the registry by address; left out, an anonymous public subscriber.'
		}),
		locale: z.preprocess(emptyToUndefined, z.enum(['sl', 'en']).optional()).meta({ description: "The recipient's language; the request's when left out." })
	})
	.transform((query) => {
		const until = query.until ?? ljubljanaMidnight(ljubljanaDay(new Date()));
		const since = query.since ?? new Date(until.getTime() - 7 * 24 * 60 * 60 * 1000);
		return { ...query, since, until };
	})
	.refine((query) => query.since.getTime() < query.until.getTime(), { message: 'digest_period_order', path: ['until'] });

export type DigestPreview = {
	since: Date;
	until: Date;
	locale: 'sl' | 'en';
	recipient: { email: string | null; personId: string | null; organisations: { id: string; name: string }[] };
	/** What would be sent; null: nothing (every section was empty). */
	digest: ComposedDigest | null;
};

/**
 * What a subscriber of the space's digest would receive for a period: a person of the registry by
 * address (with their organisations, for calls they are eligible for) or an anonymous one. For the
 * space's staff; it sends nothing and records nothing.
 */
export async function previewDigest({
	db,
	actor,
	space,
	query,
	locale,
	publicUrl,
	composer = composeDigest
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	query: unknown;
	locale: 'sl' | 'en';
	publicUrl: string;
	composer?: DigestComposer;
}): Promise<DigestPreview> {
	authorize(digestPolicy, actor, 'preview', { spaceId: space.id });
	const parsed = digestPreviewQuerySchema.parse(query);
	const recipientLocale = parsed.locale ?? locale;
	const personId = parsed.email ? await personIdForEmail(db, parsed.email) : null;
	const organisationIds = await organisationsOfPerson(db, personId);
	const [names, digest] = await Promise.all([
		organisationIds.length
			? db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, organisationIds))
			: Promise.resolve([]),
		composer({
			db,
			spaceId: space.id,
			subscriber: { email: parsed.email ?? '', personId, locale: recipientLocale },
			since: parsed.since,
			until: parsed.until,
			publicUrl
		})
	]);
	return {
		since: parsed.since,
		until: parsed.until,
		locale: recipientLocale,
		recipient: { email: parsed.email ?? null, personId, organisations: names.sort((a, b) => a.name.localeCompare(b.name, 'sl')) },
		digest
	};
}
