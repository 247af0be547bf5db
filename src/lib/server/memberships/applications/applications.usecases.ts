import { localized } from '../../../shared/locale.ts';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { backOfficeUrl } from '../../mail/mail.templates.ts';
import { queueMail } from '../../mail/mail.usecases.ts';
import { createOrganisationsRepository } from '../../organisations/organisations.repository.ts';
import { pickOrganisation } from '../../people/organisation-picker.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { countAttempt } from '../../rate-limit/rate-limit.usecases.ts';
import { isUuid } from '../../shared/uuid.ts';
import { changingInSpace, type SpaceRef } from '../../spaces/space-scope.ts';
import { membershipsPolicy } from '../memberships.policy.ts';
import { createMembershipsRepository } from '../memberships.repository.ts';
import type { MembershipRow } from '../memberships.table.ts';
import { alreadyMemberOfSpace, applicationPending, applicationsRateLimited, notAnApplicant } from './applications.errors.ts';
import { applicationDecisionMail } from './applications.mail.ts';
import { createApplicationsRepository } from './applications.repository.ts';
import { applicationDecisionSchema, applicationInputSchema, type Application } from './applications.schemas.ts';

const membershipOf = ({ spaceId, organisationId, status, since, until }: MembershipRow) => ({ spaceId, organisationId, status, since, until });

/** Today as a calendar date in Slovenia: the day a membership begins. */
const todayInLjubljana = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Ljubljana' }).format(new Date());

// A public form that writes and, later, makes the platform mail the address typed in: bounded per
// client address, per contact address and per space, so that it is neither a spam channel nor a
// way to bury a hub's staff in applications.
const hour = 60 * 60;
async function limitApplications(db: Database, space: SpaceRef, clientAddress: string, email: string) {
	const attempt = await countAttempt({
		db,
		limits: [
			{ key: `membership-application:address:${clientAddress}`, max: 5, windowSeconds: hour },
			{ key: `membership-application:email:${email}`, max: 3, windowSeconds: 24 * hour },
			{ key: `membership-application:space:${space.id}`, max: 50, windowSeconds: hour }
		]
	});
	if (!attempt.allowed) throw applicationsRateLimited(attempt.retryAfterMinutes);
}

/**
 * An organisation of the registry applies for membership of a space: anyone may send the form
 * (an NGO without an account too), naming the organisation and who to answer. The membership
 * gets status `applicant`; a former member may apply again. Audited.
 */
export async function applyForMembership({
	db,
	context,
	space,
	clientAddress,
	input
}: {
	db: Database;
	context: AuditContext;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	/** The address the request came from, as the rate limits count it. */
	clientAddress: string;
	/** Validated here: the form and the API pass what they received. */
	input: unknown;
}): Promise<Application> {
	const { organisation: typed, contactName, contactEmail, message, locale } = applicationInputSchema.parse(input);
	// counted before and apart from the application: a refused one (no such organisation) counts too
	await limitApplications(db, space, clientAddress, contactEmail);
	// someone without an account is named in the log by the name they gave
	const applicant: AuditContext = context.actor.kind === 'anonymous' ? { ...context, person: { label: contactName } } : context;
	return changingInSpace({ db, context: applicant, space }, membershipsPolicy, 'apply', async (tx) => {
		const organisation = await pickOrganisation({ db: tx, typed });
		const members = createMembershipsRepository({ db: tx, spaceId: space.id });
		const existing = await members.find(organisation.id);
		if (existing?.status === 'member') throw alreadyMemberOfSpace(organisation.id);
		if (existing?.status === 'applicant') throw applicationPending(organisation.id);
		// a former member keeps its dates: declining the new application makes it former again
		const membership = existing
			? await members.update(organisation.id, { status: 'applicant', since: existing.since, until: existing.until })
			: await members.insert(organisation.id, { status: 'applicant', since: null, until: null });
		const application = await createApplicationsRepository({ db: tx, spaceId: space.id }).insert(organisation.id, {
			contactName,
			contactEmail,
			locale,
			message: message || null
		});
		await recordAudit({
			db: tx,
			context: applicant,
			change: {
				action: 'membership.apply',
				entityType: 'membership',
				entityId: organisation.id,
				spaceId: space.id,
				...(existing ? { before: membershipOf(existing) } : {}),
				after: { ...membershipOf(membership!), contactName, contactEmail, message: application.message }
			}
		});
		return {
			organisation,
			contactName,
			contactEmail,
			message: application.message,
			appliedAt: application.createdAt.toISOString()
		};
	});
}

/** The space's applicants, oldest application first (admins and staff). */
export async function listApplications({ db, actor, space }: { db: Database; actor: Actor; space: SpaceRef }): Promise<Application[]> {
	authorize(membershipsPolicy, actor, 'review', { spaceId: space.id });
	return createApplicationsRepository({ db, spaceId: space.id }).list();
}

/**
 * Staff accept an application (the organisation becomes a member from today) or decline it (its
 * membership goes, or a former member is former again), and the applicant gets a mail in the
 * language they applied in. Wake the job runner afterwards to send it at once. Audited.
 */
export async function decideApplication({
	db,
	context,
	space,
	publicUrl,
	organisationId,
	decision
}: {
	db: Database;
	context: AuditContext;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	/** Where people open the platform; the mail links to the space's page there. */
	publicUrl: string;
	organisationId: string;
	decision: unknown;
}): Promise<{ mailed: boolean }> {
	return changingInSpace({ db, context, space }, membershipsPolicy, 'manage', async (tx) => {
		const verdict = applicationDecisionSchema.parse(decision);
		const members = createMembershipsRepository({ db: tx, spaceId: space.id });
		const before = isUuid(organisationId) ? await members.find(organisationId) : undefined;
		if (before?.status !== 'applicant') throw notAnApplicant(organisationId);
		const application = await createApplicationsRepository({ db: tx, spaceId: space.id }).take(organisationId);
		const after =
			verdict === 'accept'
				? await members.update(organisationId, { status: 'member', since: todayInLjubljana(), until: null })
				: before.until
					? await members.update(organisationId, { status: 'former', since: before.since, until: before.until })
					: (await members.remove(organisationId), undefined);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: verdict === 'accept' ? 'membership.accept' : 'membership.decline',
				entityType: 'membership',
				entityId: organisationId,
				spaceId: space.id,
				before: { ...membershipOf(before), ...(application ? { contactName: application.contactName, contactEmail: application.contactEmail } : {}) },
				...(after ? { after: membershipOf(after) } : {})
			}
		});
		// an applicant that staff entered by hand left no address to answer
		if (!application) return { mailed: false };
		const organisation = await createOrganisationsRepository({ db: tx }).findById(organisationId);
		await queueMail({
			db: tx,
			message: applicationDecisionMail({
				to: application.contactEmail,
				name: application.contactName,
				organisation: organisation?.name ?? '',
				space: localized(space.name, application.locale).text,
				decision: verdict,
				spaceUrl: backOfficeUrl(publicUrl, application.locale, `/spaces/${space.slug}`),
				locale: application.locale
			})
		});
		return { mailed: true };
	});
}
