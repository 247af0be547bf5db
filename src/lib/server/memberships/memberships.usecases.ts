import { asc, eq, or, sql } from 'drizzle-orm';
import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { prefixQuery } from '../organisations/directory.filters.ts';
import { organisationNotFound } from '../organisations/organisations.errors.ts';
import { createOrganisationsRepository } from '../organisations/organisations.repository.ts';
import { organisations } from '../organisations/organisations.table.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, can } from '../policy/policy.ts';
import { isAppError } from '../shared/errors.ts';
import { isUuid } from '../shared/uuid.ts';
import { membershipExists, membershipNotFound } from './memberships.errors.ts';
import { membershipsPolicy } from './memberships.policy.ts';
import { createMembershipsRepository } from './memberships.repository.ts';
import {
	membershipChangesSchema,
	memberQuerySchema,
	type MemberList,
	type Membership,
	type RegionCount
} from './memberships.schemas.ts';
import type { MembershipRow } from './memberships.table.ts';
import { changingInSpace, findSpaceRef, type SpaceRef } from '../spaces/space-scope.ts';

export type MembershipSpace = SpaceRef;

const present = ({ spaceId, organisationId, status, since, until }: MembershipRow): Membership => ({ spaceId, organisationId, status, since, until });

/** Every change to a space's members: by its admins or staff (see `changingInSpace`). */
function managingMembers<T>(scope: { db: Database; context: AuditContext; spaceSlug: string }, work: (tx: Database, space: MembershipSpace) => Promise<T>) {
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
	spaceSlug,
	organisationId,
	input
}: {
	db: Database;
	context: AuditContext;
	spaceSlug: string;
	organisationId: string;
	/** Validated here: a form, the API and the CLI pass what they received. */
	input: unknown;
}): Promise<Membership> {
	return managingMembers({ db, context, spaceSlug }, async (tx, space) => {
		const values = membershipChangesSchema.parse(input);
		if (!isUuid(organisationId) || !(await createOrganisationsRepository({ db: tx }).findById(organisationId))) throw organisationNotFound(organisationId);
		const repository = createMembershipsRepository({ db: tx });
		if (await repository.find(space.id, organisationId)) throw membershipExists(organisationId);
		const after = present(await repository.insert(space.id, organisationId, values));
		await auditMembership(tx, context, space, 'membership.create', organisationId, { after });
		return after;
	});
}

/** Changes the status and dates of a membership. */
export async function changeMembership({
	db,
	context,
	spaceSlug,
	organisationId,
	input
}: {
	db: Database;
	context: AuditContext;
	spaceSlug: string;
	organisationId: string;
	/** Validated here: a form, the API and the CLI pass what they received. */
	input: unknown;
}): Promise<Membership> {
	return managingMembers({ db, context, spaceSlug }, async (tx, space) => {
		const values = membershipChangesSchema.parse(input);
		const repository = createMembershipsRepository({ db: tx });
		const row = isUuid(organisationId) ? await repository.find(space.id, organisationId) : undefined;
		if (!row) throw membershipNotFound(organisationId);
		const before = present(row);
		const after = present((await repository.update(space.id, organisationId, values))!);
		await auditMembership(tx, context, space, 'membership.update', organisationId, { before, after });
		return after;
	});
}

/** Adds or changes, for the API's PUT: afterwards the membership is as sent. */
export async function setMembership(options: {
	db: Database;
	context: AuditContext;
	spaceSlug: string;
	organisationId: string;
	/** Validated here: a form, the API and the CLI pass what they received. */
	input: unknown;
}): Promise<{ membership: Membership; created: boolean }> {
	const { db, spaceSlug, organisationId } = options;
	const space = await findSpaceRef(db, spaceSlug);
	const exists = isUuid(organisationId) && (await createMembershipsRepository({ db }).find(space.id, organisationId));
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
	spaceSlug,
	organisationId
}: {
	db: Database;
	context: AuditContext;
	spaceSlug: string;
	organisationId: string;
}): Promise<Membership> {
	return managingMembers({ db, context, spaceSlug }, async (tx, space) => {
		const removed = isUuid(organisationId) ? await createMembershipsRepository({ db: tx }).remove(space.id, organisationId) : undefined;
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
	spaceSlug,
	query,
	action = 'read',
	order = 'asc'
}: {
	db: Database;
	actor: Actor;
	spaceSlug: string;
	query: unknown;
	/** `manage` for the back office's list, refused to those who may only read it. */
	action?: 'read' | 'manage';
	/** By name, A to Z or Z to A. */
	order?: 'asc' | 'desc';
}): Promise<MemberList & { space: MembershipSpace; canManage: boolean }> {
	const space = await findSpaceRef(db, spaceSlug);
	authorize(membershipsPolicy, actor, action, { spaceId: space.id });
	const canManage = can(membershipsPolicy, actor, 'manage', { spaceId: space.id });
	const parsed = memberQuerySchema.parse(query ?? {});
	const filter = canManage ? parsed : { ...parsed, status: 'member' as const };
	const { items, total } = await createMembershipsRepository({ db }).list(space.id, filter, order);
	return { items, total, page: filter.page, pageSize: filter.pageSize, space, canManage };
}

/** Every member of a space by name (members are public), e.g. to pick the organisation of a member editor. */
export async function listMemberNames({ db, spaceSlug }: { db: Database; spaceSlug: string }): Promise<{ id: string; name: string }[]> {
	const space = await findSpaceRef(db, spaceSlug);
	return createMembershipsRepository({ db }).names(space.id);
}

/** How many members (status member) a space has in each region, most first; for the space page's chart. */
export async function countMembersByRegion({ db, spaceSlug }: { db: Database; spaceSlug: string }): Promise<{ total: number; byRegion: RegionCount[] }> {
	const space = await findSpaceRef(db, spaceSlug);
	// equal counts in the regions' own order (by code), members without a region last
	const rank = (code: string | null) => (code === null ? 1 : 0);
	const byRegion = (await createMembershipsRepository({ db }).countByRegion(space.id)).sort(
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
	spaceSlug,
	text
}: {
	db: Database;
	actor: Actor;
	spaceSlug: string;
	text: string;
}): Promise<Candidate[]> {
	const space = await findSpaceRef(db, spaceSlug);
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
