import { randomInt } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { hashSecret, randomSecret } from '../../shared/secrets.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { people } from '../../people/people.table.ts';
import { activities } from '../activities.table.ts';
import { activityRegistrations, placeHoldingStatuses, type RegistrationRow, type RegistrationStatus } from './registrations.table.ts';

// no 0/O, 1/I/L: the code is read aloud and typed at the door
const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A personal check-in code of 8 characters (about 40 bits): unique per activity, never guessed by chance. */
export function newCheckInCode(): string {
	return Array.from({ length: 8 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
}

export type NewRegistration = Pick<RegistrationRow, 'activityId' | 'personId' | 'organisationId' | 'status' | 'source' | 'locale'> &
	Partial<Pick<RegistrationRow, 'answers' | 'registeredBy' | 'offeredUntil'>>;

/** The registration a person's link names (cancel, accept an offer, evaluation, certificate), in any space. */
export async function findRegistrationByToken(db: Database, token: string): Promise<RegistrationRow | undefined> {
	const [row] = await db
		.select()
		.from(activityRegistrations)
		.where(eq(activityRegistrations.tokenHash, hashSecret(token)));
	return row;
}

/** The registrations of one space: every query is bound to it. */
export function createRegistrationsRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	const inSpace = (id: string) => and(eq(activityRegistrations.spaceId, spaceId), eq(activityRegistrations.id, id));

	return {
		/**
		 * Locks the activity's row until the transaction ends (pretix's quota lock): registrations of one
		 * activity then take places one after the other, so concurrent ones never overfill it.
		 */
		async lockActivity(activityId: string): Promise<{ capacity: number | null } | undefined> {
			const [row] = await db
				.select({ capacity: activities.capacity })
				.from(activities)
				.where(and(eq(activities.spaceId, spaceId), eq(activities.id, activityId)))
				.for('update');
			return row;
		},

		/** Places held: registered, offered, attended and no-shows (whose place was theirs). */
		async placesTaken(activityId: string): Promise<number> {
			const [row] = await db
				.select({ taken: count() })
				.from(activityRegistrations)
				.where(
					and(
						eq(activityRegistrations.spaceId, spaceId),
						eq(activityRegistrations.activityId, activityId),
						inArray(activityRegistrations.status, [...placeHoldingStatuses])
					)
				);
			return row?.taken ?? 0;
		},

		/** The person's registration for the activity that is not cancelled, if any. */
		async findActiveOf(activityId: string, personId: string): Promise<RegistrationRow | undefined> {
			const [row] = await db
				.select()
				.from(activityRegistrations)
				.where(
					and(
						eq(activityRegistrations.spaceId, spaceId),
						eq(activityRegistrations.activityId, activityId),
						eq(activityRegistrations.personId, personId),
						sql`${activityRegistrations.status} <> 'cancelled'`
					)
				);
			return row;
		},

		async find(id: string): Promise<RegistrationRow | undefined> {
			const [row] = await db.select().from(activityRegistrations).where(inSpace(id));
			return row;
		},

		/**
		 * Adds a registration with a fresh check-in code and link secret; the secret is returned once,
		 * for the person's mail, and only its hash is kept.
		 */
		async insert(values: NewRegistration): Promise<{ row: RegistrationRow; token: string }> {
			for (let attempt = 0; ; attempt++) {
				const token = randomSecret();
				try {
					const [row] = await db
						.insert(activityRegistrations)
						.values({ ...values, spaceId, checkInCode: newCheckInCode(), tokenHash: hashSecret(token) })
						.returning();
					return { row: row!, token };
				} catch (error) {
					// a code drawn twice in one activity (1 in 10^12 per pair): draw again
					if (!isUniqueViolation(error) || attempt >= 3) throw error;
				}
			}
		},

		/** A new link secret for a registration (a mail with links is sent again); the old links stop working. */
		async renewToken(id: string): Promise<string> {
			const token = randomSecret();
			await db
				.update(activityRegistrations)
				.set({ tokenHash: hashSecret(token), updatedAt: new Date() })
				.where(inSpace(id));
			return token;
		},

		async setStatus(
			id: string,
			status: RegistrationStatus,
			extra: Partial<Pick<RegistrationRow, 'offeredUntil' | 'cancelledAt'>> = {}
		): Promise<RegistrationRow> {
			const [row] = await db
				.update(activityRegistrations)
				.set({ status, ...extra, updatedAt: new Date() })
				.where(inSpace(id))
				.returning();
			return row!;
		},

		/** The first on the waiting list, in order of registration. */
		async firstWaiting(activityId: string): Promise<RegistrationRow | undefined> {
			const [row] = await db
				.select()
				.from(activityRegistrations)
				.where(
					and(eq(activityRegistrations.spaceId, spaceId), eq(activityRegistrations.activityId, activityId), eq(activityRegistrations.status, 'waitlisted'))
				)
				.orderBy(asc(activityRegistrations.createdAt), asc(activityRegistrations.id))
				.limit(1);
			return row;
		},

		/** Registered people not yet reminded who registered before `before` (later ones just got their confirmation). */
		async toRemind(activityId: string, before: Date): Promise<RegistrationRow[]> {
			return db
				.select()
				.from(activityRegistrations)
				.where(
					and(
						eq(activityRegistrations.spaceId, spaceId),
						eq(activityRegistrations.activityId, activityId),
						eq(activityRegistrations.status, 'registered'),
						isNull(activityRegistrations.remindedAt),
						lte(activityRegistrations.createdAt, before)
					)
				)
				.orderBy(asc(activityRegistrations.createdAt));
		},

		async markReminded(id: string, at: Date): Promise<void> {
			await db.update(activityRegistrations).set({ remindedAt: at }).where(inSpace(id));
		},

		/** Registrations that are not cancelled, besides `exceptId`: whether the activity has any yet. */
		async othersActive(activityId: string, exceptId: string): Promise<number> {
			const [row] = await db
				.select({ n: count() })
				.from(activityRegistrations)
				.where(
					and(
						eq(activityRegistrations.spaceId, spaceId),
						eq(activityRegistrations.activityId, activityId),
						sql`${activityRegistrations.status} <> 'cancelled'`,
						sql`${activityRegistrations.id} <> ${exceptId}`
					)
				);
			return row?.n ?? 0;
		},

		/** One page of an activity's registrations with the person and organisation, newest first. */
		async list(activityId: string, page: { limit: number; offset: number }) {
			const where = and(eq(activityRegistrations.spaceId, spaceId), eq(activityRegistrations.activityId, activityId));
			const [items, [total]] = await Promise.all([
				db
					.select({
						id: activityRegistrations.id,
						personId: activityRegistrations.personId,
						name: people.name,
						email: people.email,
						organisationId: activityRegistrations.organisationId,
						organisation: organisations.name,
						status: activityRegistrations.status,
						source: activityRegistrations.source,
						createdAt: activityRegistrations.createdAt
					})
					.from(activityRegistrations)
					.innerJoin(people, eq(people.id, activityRegistrations.personId))
					.leftJoin(organisations, eq(organisations.id, activityRegistrations.organisationId))
					.where(where)
					.orderBy(desc(activityRegistrations.createdAt), desc(activityRegistrations.id))
					.limit(page.limit)
					.offset(page.offset),
				db.select({ n: count() }).from(activityRegistrations).where(where)
			]);
			return { items, total: total?.n ?? 0 };
		}
	};
}
