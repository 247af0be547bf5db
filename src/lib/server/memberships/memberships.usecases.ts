import { asc, eq, or, sql } from 'drizzle-orm';
import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import { assertUnchangedSince, type ExpectedVersion } from '../audit/edit-conflict.ts';
import type { Database } from '../db/client.ts';
import { prefixQuery } from '../organisations/directory/directory.filters.ts';
import { organisationNotFound } from '../organisations/organisations.errors.ts';
import { createOrganisationsRepository } from '../organisations/organisations.repository.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, can } from '../policy/policy.ts';
import { isAppError } from '../shared/errors.ts';
import { isUuid } from '../shared/uuid.ts';
import { membershipExists, membershipNotFound } from './memberships.errors.ts';
import { membershipsPolicy } from './memberships.policy.ts';
import { createMembershipsRepository, membershipsOf } from './memberships.repository.ts';
import { membershipChangesSchema, memberQuerySchema, type MemberList, type Membership, type RegionCount } from './memberships.schemas.ts';
import type { MembershipRow } from './memberships.table.ts';
import { changingInSpace, type SpaceRef } from '../spaces/space-scope.ts';

export type MembershipSpace = SpaceRef;

const present = ({ spaceId, organisationId, status, since, until, updatedAt }: MembershipRow): Membership => ({
	spaceId,
	organisationId,
	status,
	since,
	until,
	updatedAt: updatedAt.toISOString()
});

/** Every change to a space's members: by its admins or staff (see `changingInSpace`). */
function managingMembers<T>(scope: { db: Database; context: AuditContext; space: SpaceRef }, work: (tx: Database, space: MembershipSpace) => Promise<T>) {
	return changingInSpace(scope, membershipsPolicy, 'manage', work);
}

function auditMembership(
	tx: Database,
	context: AuditContext,
	space: MembershipSpace,
	action: string,
	organisationId: string,
	change: { before?: Membership; after?: Membership }
) {
	return recordAudit({ db: tx, context, change: { action, entityType: 'membership', entityId: organisationId, spaceId: space.id, ...change } });
}

/** Adds an organisation of the registry to a space as an applicant, member or former member. */
export async function addMembership({
	db,
	context,
	space,
	organisationId,
	input
}: {
	db: Database;
	context: AuditContext;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	organisationId: string;
	/** Validated here: a form, the API and the CLI pass what they received. */
	input: unknown;
}): Promise<Membership> {
	return managingMembers({ db, context, space }, async (tx) => {
		const values = membershipChangesSchema.parse(input);
		if (!isUuid(organisationId) || !(await createOrganisationsRepository({ db: tx }).findById(organisationId))) throw organisationNotFound(organisationId);
		const repository = createMembershipsRepository({ db: tx, spaceId: space.id });
		if (await repository.find(organisationId)) throw membershipExists(organisationId);
		const after = present(await repository.insert(organisationId, values));
		await auditMembership(tx, context, space, 'membership.create', organisationId, { after });
		return after;
	});
}

/** Changes the status and dates of a membership. */
export async function changeMembership({
	db,
	context,
	space,
	organisationId,
	input,
	expectedUpdatedAt
}: ExpectedVersion & {
	db: Database;
	context: AuditContext;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	organisationId: string;
	/** Validated here: a form, the API and the CLI pass what they received. */
	input: unknown;
}): Promise<Membership> {
	return managingMembers({ db, context, space }, async (tx) => {
		const values = membershipChangesSchema.parse(input);
		const repository = createMembershipsRepository({ db: tx, spaceId: space.id });
		const row = isUuid(organisationId) ? await repository.find(organisationId) : undefined;
		if (!row) throw membershipNotFound(organisationId);
		await assertUnchangedSince(tx, { entityType: 'membership', entityId: organisationId, updatedAt: row.updatedAt }, { expectedUpdatedAt });
		const before = present(row);
		const after = present((await repository.update(organisationId, values))!);
		await auditMembership(tx, context, space, 'membership.update', organisationId, { before, after });
		return after;
	});
}

/** Adds or changes, for the API's PUT: afterwards the membership is as sent. */
export async function setMembership(
	options: ExpectedVersion & {
		db: Database;
		context: AuditContext;
		/** The space the request names, found once (see `spaceOf`). */
		space: SpaceRef;
		organisationId: string;
		/** Validated here: a form, the API and the CLI pass what they received. */
		input: unknown;
	}
): Promise<{ membership: Membership; created: boolean }> {
	const { db, space, organisationId } = options;
	const exists = isUuid(organisationId) && (await createMembershipsRepository({ db, spaceId: space.id }).find(organisationId));
	if (exists) return { membership: await changeMembership(options), created: false };
	try {
		return { membership: await addMembership(options), created: true };
	} catch (error) {
		// two PUTs of the same membership at once: the one that lost the race changes what the other added
		if (!isAppError(error) || error.code !== 'membership_exists') throw error;
		return { membership: await changeMembership(options), created: false };
	}
}

export async function removeMembership({
	db,
	context,
	space,
	organisationId
}: {
	db: Database;
	context: AuditContext;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	organisationId: string;
}): Promise<Membership> {
	return managingMembers({ db, context, space }, async (tx) => {
		const removed = isUuid(organisationId) ? await createMembershipsRepository({ db: tx, spaceId: space.id }).remove(organisationId) : undefined;
		if (!removed) throw membershipNotFound(organisationId);
		const before = present(removed);
		await auditMembership(tx, context, space, 'membership.delete', organisationId, { before });
		return before;
	});
}

/**
 * A page of a space's members with filters. Anyone sees the members; applicants and former
 * members only those who keep the list (for anybody else the status filter is `member`).
 */
export async function listMembers({
	db,
	actor,
	space,
	query,
	action = 'read',
	order = 'asc'
}: {
	db: Database;
	actor: Actor;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	query: unknown;
	/** `manage` for the back office's list, refused to those who may only read it. */
	action?: 'read' | 'manage';
	/** By name, A to Z or Z to A. */
	order?: 'asc' | 'desc';
}): Promise<MemberList & { space: MembershipSpace; canManage: boolean }> {
	authorize(membershipsPolicy, actor, action, { spaceId: space.id });
	const canManage = can(membershipsPolicy, actor, 'manage', { spaceId: space.id });
	const parsed = memberQuerySchema.parse(query ?? {});
	const filter = canManage ? parsed : { ...parsed, status: 'member' as const };
	const { items, total } = await createMembershipsRepository({ db, spaceId: space.id }).list(filter, order);
	return { items, total, page: filter.page, pageSize: filter.pageSize, space, canManage };
}

/** Every member of a space by name (members are public), e.g. to pick the organisation of a member editor. */
export async function listMemberNames({ db, space }: { db: Database; space: SpaceRef }): Promise<{ id: string; name: string }[]> {
	return createMembershipsRepository({ db, spaceId: space.id }).names();
}

/** How many members (status member) a space has in each region, most first; for the space page's chart. */
export async function countMembersByRegion({ db, space }: { db: Database; space: SpaceRef }): Promise<{ total: number; byRegion: RegionCount[] }> {
	// equal counts in the regions' own order (by code), members without a region last
	const rank = (code: string | null) => (code === null ? 1 : 0);
	const byRegion = (await createMembershipsRepository({ db, spaceId: space.id }).countByRegion()).sort(
		(a, b) => b.count - a.count || rank(a.regionCode) - rank(b.regionCode) || (a.regionCode! < b.regionCode! ? -1 : 1)
	);
	return { total: byRegion.reduce((sum, region) => sum + region.count, 0), byRegion };
}

export type Candidate = { id: string; name: string; registrationNumber: string | null; city: string | null; inSpace: boolean };

/**
 * Organisations of the registry to add to a space: by registration number, or by name as typed
 * (every word a prefix); at most 10, those already in the space marked.
 */
export async function findOrganisationsToAdd({
	db,
	actor,
	space,
	text
}: {
	db: Database;
	actor: Actor;
	/** The space the request names, found once (see `spaceOf`). */
	space: SpaceRef;
	text: string;
}): Promise<Candidate[]> {
	authorize(membershipsPolicy, actor, 'manage', { spaceId: space.id });
	const digits = text.replace(/\s+/g, '');
	const byName = prefixQuery(text);
	if (!byName && !/^\d+$/.test(digits)) return [];
	const rows = await db
		.select({
			id: organisations.id,
			name: organisations.name,
			registrationNumber: organisations.registrationNumber,
			city: organisations.city,
			inSpace: sql<boolean>`exists (select 1 from memberships where memberships.space_id = ${space.id} and memberships.organisation_id = ${organisations.id})`
		})
		.from(organisations)
		.where(or(eq(organisations.registrationNumber, digits), byName ? sql`${organisations.searchVector} @@ ${byName}` : undefined))
		.orderBy(sql`coalesce(${organisations.registrationNumber} = ${digits}, false) desc`, asc(organisations.sortName))
		.limit(10);
	return rows;
}

/** The memberships of the organisations a member editor keeps (applications and former ones too), by organisation. */
export async function listOwnMemberships({
	db,
	actor,
	organisationIds
}: {
	db: Database;
	actor: Actor;
	organisationIds: string[];
}): Promise<Record<string, Awaited<ReturnType<typeof membershipsOf>>>> {
	const owned: Record<string, Awaited<ReturnType<typeof membershipsOf>>> = {};
	for (const organisationId of organisationIds) {
		authorize(membershipsPolicy, actor, 'readOwn', { organisationIds: [organisationId] });
		owned[organisationId] = await membershipsOf(db, organisationId);
	}
	return owned;
}
