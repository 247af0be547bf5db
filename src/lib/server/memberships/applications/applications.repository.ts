import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { membershipApplications, memberships, type MembershipApplicationRow } from '../memberships.table.ts';
import type { Application } from './applications.schemas.ts';

export type ApplicationValues = Pick<MembershipApplicationRow, 'contactName' | 'contactEmail' | 'locale' | 'message'>;

/** The applications to one space: every query is bound to it. */
export function createApplicationsRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	const one = (organisationId: string) => and(eq(membershipApplications.spaceId, spaceId), eq(membershipApplications.organisationId, organisationId));

	return {
		/** A new application; one left behind (a merge moves applications beside memberships) gives way to it. */
		async insert(organisationId: string, values: ApplicationValues): Promise<MembershipApplicationRow> {
			const [row] = await db
				.insert(membershipApplications)
				.values({ spaceId, organisationId, ...values })
				.onConflictDoUpdate({
					target: [membershipApplications.spaceId, membershipApplications.organisationId],
					set: { ...values, createdAt: new Date() }
				})
				.returning();
			return row!;
		},

		/** Takes the application away (it is answered) and returns it, if there was one. */
		async take(organisationId: string): Promise<MembershipApplicationRow | undefined> {
			const [row] = await db.delete(membershipApplications).where(one(organisationId)).returning();
			return row;
		},

		/** Every applicant of the space, oldest application first; with the contact when they applied through the form. */
		async list(): Promise<Application[]> {
			const rows = await db
				.select({
					organisation: { id: organisations.id, name: organisations.name, registrationNumber: organisations.registrationNumber },
					contactName: membershipApplications.contactName,
					contactEmail: membershipApplications.contactEmail,
					message: membershipApplications.message,
					appliedAt: membershipApplications.createdAt
				})
				.from(memberships)
				.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
				.leftJoin(
					membershipApplications,
					and(eq(membershipApplications.spaceId, memberships.spaceId), eq(membershipApplications.organisationId, memberships.organisationId))
				)
				.where(and(eq(memberships.spaceId, spaceId), eq(memberships.status, 'applicant')))
				.orderBy(asc(membershipApplications.createdAt), asc(organisations.sortName));
			return rows.map((row) => ({ ...row, appliedAt: row.appliedAt?.toISOString() ?? null }));
		}
	};
}
