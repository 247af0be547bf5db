import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { createPeopleRepository } from './people.repository.ts';
import { affiliations, people, type PersonRow } from './people.table.ts';

/** A consent given on a form or through the API, recorded with where it came from. */
export type GivenConsent = { purpose: 'data_processing' | 'newsletter'; granted: boolean; source: string };

/**
 * The person of the registry with this e-mail address (case aside), or a new one: someone who
 * registers for events time and again stays one person, so their attendance adds up. An
 * organisation named that the person is not yet affiliated with is added as an affiliation, and
 * the consent is recorded with its time. Call it inside the caller's transaction: a transaction
 * lock on the address makes two requests with the same address find one person, not make two.
 */
export async function personForEmail({
	db,
	name,
	email,
	organisationId,
	consent
}: {
	db: Database;
	name: string;
	email: string;
	organisationId: string | null;
	consent?: GivenConsent;
}): Promise<{ person: PersonRow; created: boolean }> {
	const address = email.trim();
	const folded = address.toLowerCase();
	await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`person-email:${folded}`}))`);
	const repository = createPeopleRepository({ db });
	const [found] = await db
		.select()
		.from(people)
		.where(and(sql`lower(${people.email}) = ${folded}`, isNull(people.erasedAt)))
		.orderBy(desc(people.updatedAt))
		.limit(1);
	const person = found ?? (await repository.insert({ name: name.trim(), email: address }));
	if (organisationId) {
		const [affiliated] = await db
			.select({ id: affiliations.id })
			.from(affiliations)
			.where(and(eq(affiliations.personId, person.id), eq(affiliations.organisationId, organisationId), isNull(affiliations.until)))
			.limit(1);
		if (!affiliated) await repository.insertAffiliation(person.id, { organisationId });
	}
	if (consent) await repository.insertConsent(person.id, { purpose: consent.purpose, granted: consent.granted }, consent.source);
	return { person, created: !found };
}
