import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { DigestItem, DigestRecipient, DigestSection } from '../manifest/manifest.ts';
import { affiliations, people } from '../people/people.table.ts';
import { describeErrorForLog } from '../shared/log.ts';
import { digestSections } from './digest-sections.ts';

/** Who a digest goes to: a subscriber's address, the person of the registry it belongs to (if any), their language. */
export type DigestSubscriber = { email: string; personId: string | null; locale: 'sl' | 'en' };
/** A digest as the sections gave it: only sections with items, in their order. */
export type ComposedDigest = { sections: { id: string; heading: string; items: DigestItem[] }[] };
export type DigestComposer = (input: {
	db: Database;
	spaceId: string;
	subscriber: DigestSubscriber;
	since: Date;
	until: Date;
	publicUrl: string;
}) => Promise<ComposedDigest | null>;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The organisations a person of the registry belongs to now (affiliations without an end, or
 * ending today or later); none for an anonymous subscriber or an erased person.
 */
export async function organisationsOfPerson(db: Database, personId: string | null): Promise<string[]> {
	if (!personId) return [];
	const rows = await db
		.selectDistinct({ organisationId: affiliations.organisationId })
		.from(affiliations)
		.innerJoin(people, eq(people.id, affiliations.personId))
		.where(and(eq(affiliations.personId, personId), isNull(people.erasedAt), or(isNull(affiliations.until), gte(affiliations.until, today()))))
		.orderBy(affiliations.organisationId);
	return rows.map((row) => row.organisationId);
}

/** The person of the registry with this address (case aside), if there is one and only one kept. */
export async function personIdForEmail(db: Database, email: string): Promise<string | null> {
	const [row] = await db
		.select({ id: people.id })
		.from(people)
		.where(and(sql`lower(${people.email}) = ${email.trim().toLowerCase()}`, isNull(people.erasedAt)))
		.orderBy(sql`${people.updatedAt} desc`)
		.limit(1);
	return row?.id ?? null;
}

/**
 * A digest of a space for one subscriber and the period [since, until): every section of every
 * module (`digestSections` of the manifests) asked in parallel, in the subscriber's language, with
 * the organisations of their person (so that calls can be matched). A section that fails is logged
 * and left out, the others still go; `null` when no section has anything: nothing is sent then.
 */
export async function composeDigestWith(
	sections: readonly DigestSection[],
	{ db, spaceId, subscriber, since, until, publicUrl }: Parameters<DigestComposer>[0]
): Promise<ComposedDigest | null> {
	const recipient: DigestRecipient = {
		email: subscriber.email,
		personId: subscriber.personId,
		organisationIds: await organisationsOfPerson(db, subscriber.personId),
		locale: subscriber.locale
	};
	const collected = await Promise.all(
		sections.map(async (section) => {
			try {
				const items = await section.collect({ db, spaceId, recipient, since, until, publicUrl });
				return { id: section.id, heading: section.heading(recipient.locale), items };
			} catch (error) {
				console.error(`The digest section ${section.id} failed for space ${spaceId} and was left out: ${describeErrorForLog(error)}`);
				return null;
			}
		})
	);
	const filled = collected.filter((section): section is NonNullable<typeof section> => section !== null && section.items.length > 0);
	return filled.length === 0 ? null : { sections: filled };
}

/** The digest with the sections the platform's modules installed (see `digest-sections.ts`). */
export const composeDigest: DigestComposer = (input) => composeDigestWith(digestSections(), input);
