import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { createFieldsRepository } from '../fields/fields.repository.ts';
import { ownOrganisationIds, type Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';
import {
	callApplicationNotFound,
	callApplicationOrganisationUnknown,
	callFieldUnknown,
	callFunderUnknown,
	callNotFound,
	callSpaceNeeded
} from './calls.errors.ts';
import { callsPolicy } from './calls.policy.ts';
import { centsOfNumeric, numericOfCents, presentApplication, presentCall } from './calls.presenter.ts';
import { createApplicationsRepository, createCallsRepository, type CallFilter } from './calls.repository.ts';
import {
	applicationChangeSchema,
	applicationInputSchema,
	callChangeSchema,
	callInputSchema,
	callListQuerySchema,
	type Call,
	type CallApplication,
	type CallInput,
	type EligibleOrganisation
} from './calls.schemas.ts';
import { ZodError } from 'zod';
import { isUuid } from '../shared/uuid.ts';

type Locale = 'sl' | 'en';
const numericOrNull = (cents: number | null | undefined) => (cents == null ? null : numericOfCents(cents));

/** The calls by the filters of a query (API, public page); anyone may read them. */
export async function listCalls({ db, actor, query = {}, now }: { db: Database; actor: Actor; query?: unknown; now?: Date }): Promise<Call[]> {
	authorize(callsPolicy, actor, 'read');
	const parsed = callListQuerySchema.parse(query);
	const { minAmount, ...rest } = parsed;
	const filter: CallFilter = { ...rest, minAmountCents: minAmount };
	return (await createCallsRepository({ db }).list(filter, now)).map((record) => presentCall(record, now));
}

export async function getCall({ db, actor, callId, now }: { db: Database; actor: Actor; callId: string; now?: Date }): Promise<Call> {
	authorize(callsPolicy, actor, 'read');
	const record = /^[0-9a-f-]{36}$/i.test(callId) ? await createCallsRepository({ db }).findById(callId, now) : undefined;
	if (!record) throw callNotFound(callId);
	return presentCall(record, now);
}

async function assertKnown(db: Database, call: Partial<CallInput>) {
	const repository = createCallsRepository({ db });
	if (call.funderOrganisationId && !(await repository.organisationExists(call.funderOrganisationId))) throw callFunderUnknown(call.funderOrganisationId);
	if (call.fields?.length) {
		const known = await createFieldsRepository({ db }).codes();
		const unknown = call.fields.filter((code) => !known.has(code));
		if (unknown.length) throw callFieldUnknown(unknown);
	}
}

const yearOf = (call: Partial<CallInput>) => Number((call.publishedOn ?? call.deadlines?.[0]?.date ?? new Date().toISOString()).slice(0, 4));

/** The space whose staff acts: the one named, else the only one they keep (none for the CLI and platform admins). */
export async function actingSpaceId(db: Database, actor: Actor, slug: string | undefined, required: boolean): Promise<string | null> {
	if (slug) return (await findSpaceRef(db, slug)).id;
	if (actor.kind !== 'session' && actor.kind !== 'token') {
		if (required) throw callSpaceNeeded();
		return null;
	}
	const kept = [...actor.memberships.entries()].filter(([, held]) => held.role === 'admin' || held.role === 'staff').map(([spaceId]) => spaceId);
	if (kept.length === 1) return kept[0]!;
	if (required) throw callSpaceNeeded();
	return kept[0] ?? null;
}

const termsOf = (call: Partial<CallInput>) => ({
	...(call.link !== undefined ? { link: call.link ?? null } : {}),
	...(call.publishedOn !== undefined ? { publishedOn: call.publishedOn ?? null } : {}),
	...(call.closed !== undefined ? { closed: call.closed } : {}),
	...(call.totalAmount !== undefined ? { totalAmount: numericOrNull(call.totalAmount) } : {}),
	...(call.amountMin !== undefined ? { amountMin: numericOrNull(call.amountMin) } : {}),
	...(call.amountMax !== undefined ? { amountMax: numericOrNull(call.amountMax) } : {}),
	...(call.legalForms !== undefined ? { legalForms: call.legalForms } : {}),
	...(call.regionCodes !== undefined ? { regionCodes: call.regionCodes } : {}),
	...(call.fields !== undefined ? { fields: [...new Set(call.fields)] } : {}),
	...(call.cofinancingRequired !== undefined ? { cofinancingRequired: call.cofinancingRequired } : {}),
	...(call.cofinancingShare !== undefined ? { cofinancingShare: call.cofinancingShare ?? null } : {})
});

const deadlineRows = (call: Partial<CallInput>) =>
	(call.deadlines ?? []).map((deadline) => ({ dueOn: deadline.date, dueTime: deadline.time ?? null, note: deadline.note ?? null }));

/** Writes a parsed call in a transaction that is open (create and import share it). */
export async function insertParsedCall(tx: Database, context: AuditContext, call: CallInput, spaceId: string | null): Promise<Call> {
	await assertKnown(tx, call);
	const repository = createCallsRepository({ db: tx });
	const id = await repository.insertCall({
		title: call.title,
		funderOrganisationId: call.funderOrganisationId ?? null,
		fund: call.fund ?? null,
		reference: call.reference ?? null,
		lot: call.lot ?? null,
		year: call.year ?? yearOf(call)
	});
	await repository.upsertTerms(id, { ...termsOf(call), enteredInSpaceId: spaceId });
	await repository.replaceDeadlines(id, deadlineRows(call));
	const created = presentCall((await repository.findById(id))!);
	await recordAudit({ db: tx, context, change: { action: 'call.create', entityType: 'call', entityId: id, spaceId, after: created } });
	return created;
}

/**
 * Records a funding call (admins and staff of any space, platform admins), audited; the space whose
 * staff entered it is recorded. `locale` says how the amounts are written.
 */
export async function createCall({
	db,
	context,
	input,
	locale = 'sl',
	space
}: {
	db: Database;
	context: AuditContext;
	input: unknown;
	locale?: Locale;
	space?: string;
}): Promise<Call> {
	authorize(callsPolicy, context.actor, 'manage');
	const call = callInputSchema(locale).parse(input);
	const spaceId = await actingSpaceId(db, context.actor, space, false);
	return db.transaction((tx) => insertParsedCall(tx, context, call, spaceId));
}

/** Changes what is sent of a call, audited with before and after. */
export async function changeCall({
	db,
	context,
	callId,
	input,
	locale = 'sl'
}: {
	db: Database;
	context: AuditContext;
	callId: string;
	input: unknown;
	locale?: Locale;
}): Promise<Call> {
	authorize(callsPolicy, context.actor, 'manage');
	const change = callChangeSchema(locale).parse(input);
	return db.transaction(async (tx) => {
		const repository = createCallsRepository({ db: tx });
		const found = await repository.findById(callId).catch(() => undefined);
		if (!found) throw callNotFound(callId);
		const before = presentCall(found);
		const min = change.amountMin !== undefined ? change.amountMin : found.terms?.amountMin ? centsOfNumeric(found.terms.amountMin) : null;
		const max = change.amountMax !== undefined ? change.amountMax : found.terms?.amountMax ? centsOfNumeric(found.terms.amountMax) : null;
		if (min != null && max != null && min > max) throw new ZodError([{ code: 'custom', path: ['amountMax'], message: 'amount_range', input: max }]);
		await assertKnown(tx, change);
		await repository.updateCall(callId, {
			...(change.title ? { title: change.title } : {}),
			...(change.funderOrganisationId !== undefined ? { funderOrganisationId: change.funderOrganisationId ?? null } : {}),
			...(change.fund !== undefined ? { fund: change.fund ?? null } : {}),
			...(change.reference !== undefined ? { reference: change.reference ?? null } : {}),
			...(change.lot !== undefined ? { lot: change.lot ?? null } : {}),
			...(change.year !== undefined ? { year: change.year } : {})
		});
		await repository.upsertTerms(callId, termsOf(change));
		if (change.deadlines !== undefined) await repository.replaceDeadlines(callId, deadlineRows(change));
		const after = presentCall((await repository.findById(callId))!);
		await recordAudit({ db: tx, context, change: { action: 'call.change', entityType: 'call', entityId: callId, before, after } });
		return after;
	});
}

/**
 * The member organisations eligible for a call: of one space (its admins, staff and viewers), or of
 * every space (whoever keeps some space). One query, however many members.
 */
export async function listEligibleOrganisations({
	db,
	actor,
	callId,
	spaceId
}: {
	db: Database;
	actor: Actor;
	callId: string;
	spaceId?: string;
}): Promise<EligibleOrganisation[]> {
	if (spaceId) authorize(callsPolicy, actor, 'readSpace', { spaceId });
	else authorize(callsPolicy, actor, 'staffAnywhere');
	const repository = createCallsRepository({ db });
	if (!(await repository.findById(callId).catch(() => undefined))) throw callNotFound(callId);
	return repository.eligibleOrganisations(callId, spaceId);
}

/** "Calls you can apply to": the open calls an organisation is eligible for (its member editor, or staff). */
export async function listCallsForOrganisation({
	db,
	actor,
	organisationId,
	now
}: {
	db: Database;
	actor: Actor;
	organisationId: string;
	now?: Date;
}): Promise<Call[]> {
	authorize(callsPolicy, actor, 'forOrganisation', { organisationIds: [organisationId] });
	if (!isUuid(organisationId)) return [];
	return (await createCallsRepository({ db }).list({ status: 'open', eligibleOrganisationIds: [organisationId] }, now)).map((record) =>
		presentCall(record, now)
	);
}

/** The spaces whose applications the actor reads: every one for platform admins and the CLI. */
function readableSpaceIds(actor: Actor): string[] | undefined {
	if (actor.kind === 'cli' || actor.kind === 'system') return undefined;
	if ((actor.kind === 'session' || actor.kind === 'token') && actor.isPlatformAdmin) return undefined;
	if (actor.kind !== 'session' && actor.kind !== 'token') return [];
	return [...actor.memberships.entries()].filter(([, held]) => held.role !== 'member_editor').map(([spaceId]) => spaceId);
}

/** The applications to a call recorded by the spaces the actor keeps. */
export async function listCallApplications({ db, actor, callId }: { db: Database; actor: Actor; callId: string }): Promise<CallApplication[]> {
	authorize(callsPolicy, actor, 'staffAnywhere');
	if (
		!(await createCallsRepository({ db })
			.findById(callId)
			.catch(() => undefined))
	)
		throw callNotFound(callId);
	return (await createApplicationsRepository({ db }).list({ callId, spaceIds: readableSpaceIds(actor) })).map(presentApplication);
}

/** An organisation's applications and outcomes: staff, or the organisation's member editor. */
export async function listOrganisationApplications({
	db,
	actor,
	organisationId
}: {
	db: Database;
	actor: Actor;
	organisationId: string;
}): Promise<CallApplication[]> {
	authorize(callsPolicy, actor, 'forOrganisation', { organisationIds: [organisationId] });
	if (!isUuid(organisationId)) return [];
	return (await createApplicationsRepository({ db }).list({ organisationId })).map(presentApplication);
}

/** Records a member's application to a call (admins and staff of the space that records it), audited. */
export async function recordApplication({
	db,
	context,
	callId,
	input,
	locale = 'sl'
}: {
	db: Database;
	context: AuditContext;
	callId: string;
	input: unknown;
	locale?: Locale;
}): Promise<CallApplication> {
	authorize(callsPolicy, context.actor, 'staffAnywhere');
	const application = applicationInputSchema(locale).parse(input);
	const spaceId = await actingSpaceId(db, context.actor, application.space, context.actor.kind === 'session' || context.actor.kind === 'token');
	if (spaceId) authorize(callsPolicy, context.actor, 'recordApplications', { spaceId });
	return db.transaction(async (tx) => {
		const calls = createCallsRepository({ db: tx });
		if (!(await calls.findById(callId).catch(() => undefined))) throw callNotFound(callId);
		if (!(await calls.organisationExists(application.organisationId))) throw callApplicationOrganisationUnknown(application.organisationId);
		const repository = createApplicationsRepository({ db: tx });
		const id = await repository.insert({
			callId,
			organisationId: application.organisationId,
			spaceId,
			status: application.status,
			appliedOn: application.appliedOn ?? null,
			decidedOn: application.decidedOn ?? null,
			grantedAmount: numericOrNull(application.grantedAmount),
			note: application.note ?? null
		});
		const created = presentApplication((await repository.findById(id))!);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'call_application.create', entityType: 'call_application', entityId: id, spaceId, after: created }
		});
		return created;
	});
}

/** Records an outcome (granted with its amount, rejected, withdrawn) or corrects an application, audited. */
export async function changeApplication({
	db,
	context,
	applicationId,
	input,
	locale = 'sl'
}: {
	db: Database;
	context: AuditContext;
	applicationId: string;
	input: unknown;
	locale?: Locale;
}): Promise<CallApplication> {
	authorize(callsPolicy, context.actor, 'staffAnywhere');
	const change = applicationChangeSchema(locale).parse(input);
	return db.transaction(async (tx) => {
		const repository = createApplicationsRepository({ db: tx });
		const found = /^[0-9a-f-]{36}$/i.test(applicationId) ? await repository.findById(applicationId) : undefined;
		if (!found) throw callApplicationNotFound(applicationId);
		if (found.application.spaceId) authorize(callsPolicy, context.actor, 'recordApplications', { spaceId: found.application.spaceId });
		else authorize(callsPolicy, context.actor, 'manage');
		const status = change.status ?? found.application.status;
		const granted = change.grantedAmount !== undefined ? numericOrNull(change.grantedAmount) : status === 'granted' ? found.application.grantedAmount : null;
		if (granted != null && status !== 'granted')
			throw new ZodError([{ code: 'custom', path: ['grantedAmount'], message: 'granted_amount_only_when_granted', input: granted }]);
		const before = presentApplication(found);
		await repository.update(applicationId, {
			status,
			grantedAmount: granted,
			...(change.appliedOn !== undefined ? { appliedOn: change.appliedOn ?? null } : {}),
			...(change.decidedOn !== undefined ? { decidedOn: change.decidedOn ?? null } : {}),
			...(change.note !== undefined ? { note: change.note ?? null } : {})
		});
		const after = presentApplication((await repository.findById(applicationId))!);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'call_application.change', entityType: 'call_application', entityId: applicationId, spaceId: found.application.spaceId, before, after }
		});
		return after;
	});
}

/**
 * The member editor's page: for each organisation the person keeps, the open calls it is eligible for
 * and its applications.
 */
export async function callsForOwnOrganisations({ db, actor }: { db: Database; actor: Actor }) {
	authorize(callsPolicy, actor, 'eligiblePage');
	const ids = ownOrganisationIds(actor);
	const organisations = ids.length ? await createCallsRepository({ db }).organisationNames(ids) : [];
	return Promise.all(
		organisations.map(async (organisation) => ({
			organisation,
			calls: await listCallsForOrganisation({ db, actor, organisationId: organisation.id }),
			applications: await listOrganisationApplications({ db, actor, organisationId: organisation.id })
		}))
	);
}
