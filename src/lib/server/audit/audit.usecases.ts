import type { Database } from '../db/client.ts';
import { actorLabel, type Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { createAuditRepository, type AuditFilter } from './audit.repository.ts';
import { auditPolicy } from './audit.policy.ts';
import type { AuditActorKind, AuditRow, AuditSource } from './audit.table.ts';
import { presentAuditEntry } from './audit.presenter.ts';
import { auditPageSize, type AuditQuery } from './audit.schemas.ts';
import { createUsersRepository } from '../auth/users.repository.ts';
import { spaceNotFound } from '../spaces/spaces.errors.ts';
import { createSpacesRepository } from '../spaces/spaces.repository.ts';

/**
 * The person the log names when that is not the actor: someone acting on a link or a public form,
 * whom the platform lets act (`actor`, e.g. the system) but who is named by what they entered
 * (an e-mail address, a name), and by their account once they have one.
 */
export type AuditPerson = { label: string; userId?: string };

export type AuditContext = { actor: Actor; source: AuditSource; person?: AuditPerson };

export type AuditedChange = {
	action: string;
	entityType: string;
	entityId: string;
	spaceId?: string | null;
	before?: unknown;
	after?: unknown;
};

/**
 * Records one write. Call it with the transaction that makes the change, so the entry and the
 * change are committed together or not at all.
 */
export async function recordAudit({ db, context, change }: { db: Database; context: AuditContext; change: AuditedChange }) {
	return createAuditRepository({ db }).insert(auditRowOf(context, change));
}

/** Records many writes with one statement per thousand (bulk imports); same rules as recordAudit. */
export async function recordAudits({ db, context, changes }: { db: Database; context: AuditContext; changes: AuditedChange[] }) {
	const repository = createAuditRepository({ db });
	for (let start = 0; start < changes.length; start += 1000) {
		await repository.insertMany(changes.slice(start, start + 1000).map((change) => auditRowOf(context, change)));
	}
}

const actorKinds: Record<Actor['kind'], AuditActorKind> = { session: 'person', token: 'person', anonymous: 'anonymous', cli: 'cli', system: 'system' };

function auditRowOf({ actor, source, person }: AuditContext, change: AuditedChange) {
	type Who = { actorUserId: string | null; actorTokenId: string | null; actorLabel: string; actorKind: AuditActorKind };
	const who: Who = person
		? { actorUserId: person.userId ?? null, actorTokenId: null, actorLabel: person.label, actorKind: person.userId ? 'person' : 'public' }
		: {
				actorUserId: actor.kind === 'session' || actor.kind === 'token' ? actor.userId : null,
				actorTokenId: actor.kind === 'token' ? actor.tokenId : null,
				actorLabel: actorLabel(actor),
				actorKind: actorKinds[actor.kind]
			};
	return {
		spaceId: change.spaceId ?? null,
		...who,
		source,
		action: change.action,
		entityType: change.entityType,
		entityId: change.entityId,
		before: change.before ?? null,
		after: change.after ?? null
	};
}

function authorizeReading(actor: Actor, spaceId: string | undefined) {
	if (spaceId) authorize(auditPolicy, actor, 'readSpace', { spaceId });
	else authorize(auditPolicy, actor, 'readPlatform');
}

/** The kinds of record a space's log (or the platform's) holds entries about, for choosing one. */
export async function listAuditKinds({ db, actor, spaceId }: { db: Database; actor: Actor; spaceId?: string }): Promise<string[]> {
	authorizeReading(actor, spaceId);
	return createAuditRepository({ db }).entityTypes(spaceId);
}

/** Entries of one space (its admins) or, without a space, of the whole platform (platform admins). */
export async function listAudit({
	db,
	actor,
	filter,
	page,
	order = 'desc'
}: {
	db: Database;
	actor: Actor;
	filter: AuditFilter;
	page: { limit: number; offset: number };
	/** Newest first (`desc`) or oldest first. */
	order?: 'asc' | 'desc';
}): Promise<{ items: AuditRow[]; total: number }> {
	authorizeReading(actor, filter.spaceId);
	return createAuditRepository({ db }).list(filter, page, order);
}

/**
 * The audit log as people ask for it: by space slug, person's e-mail, entity type and days
 * (`to` inclusive). Unknown spaces or people simply match nothing.
 */
export async function queryAudit({
	db,
	actor,
	query,
	order = 'desc'
}: {
	db: Database;
	actor: Actor;
	query: AuditQuery;
	/** Newest first (`desc`) or oldest first. */
	order?: 'asc' | 'desc';
}) {
	const space = query.space ? await createSpacesRepository({ db }).findBySlug(query.space) : undefined;
	if (query.space && !space) throw spaceNotFound(query.space);
	const person = query.person ? await createUsersRepository({ db }).findByEmail(query.person) : undefined;
	const filter: AuditFilter = {
		spaceId: space?.id,
		actorUserId: query.person ? (person?.id ?? 'nobody') : undefined,
		entityType: query.entity,
		from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
		until: query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) : undefined
	};
	const page = { limit: auditPageSize, offset: (query.page - 1) * auditPageSize };
	const { items, total } = await listAudit({ db, actor, filter, page, order });
	return { items: items.map(presentAuditEntry), total, page: query.page, pageSize: auditPageSize };
}
