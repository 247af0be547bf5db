import { inArray } from 'drizzle-orm';
import { formatMoney } from '../../../shared/format.ts';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { organisationNotFound } from '../../organisations/organisations.errors.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { isUuid } from '../../shared/uuid.ts';
import { changingInSpace, type SpaceRef } from '../../spaces/space-scope.ts';
import { projectNotFound } from '../partners/project-organisations.errors.ts';
import { createProjectOrganisationsRepository } from '../partners/project-organisations.repository.ts';
import { projectsPolicy } from '../projects.policy.ts';
import { moneyTotalsMismatch, publicCallNotFound } from './money.errors.ts';
import { createProjectMoneyRepository, createPublicCallsRepository, type PublicCallListing } from './money.repository.ts';
import { projectMoneyInputSchema, publicCallInputSchema, type ProjectMoney, type PublicCall } from './money.schemas.ts';
import { publicCallsPolicy } from './money.policy.ts';

/** numeric(14,2) as PostgreSQL returns it (`76334.02`) into cents, exactly. */
export function centsOfNumeric(value: string): number {
	const [whole = '0', fraction = ''] = value.split('.');
	return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

/** Cents as numeric(14,2) text, exactly. */
export function numericOfCents(cents: number): string {
	return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

const amount = (cents: number) => ({ cents, text: { sl: formatMoney(cents, 'EUR', 'sl'), en: formatMoney(cents, 'EUR', 'en') } });

const presentCall = ({ id, title, funder, fund, reference, year, lot }: PublicCallListing): PublicCall => ({ id, title, funder, fund, reference, year, lot });

/** The public calls projects were selected in, the latest first; anyone may read them. */
export async function listPublicCalls({ db, actor }: { db: Database; actor: Actor }): Promise<PublicCall[]> {
	authorize(publicCallsPolicy, actor, 'read');
	return (await createPublicCallsRepository({ db }).list()).map(presentCall);
}

/** Records a public call (platform admins, and admins and staff of any space), audited. */
export async function createPublicCall({ db, context, input }: { db: Database; context: AuditContext; input: unknown }): Promise<PublicCall> {
	authorize(publicCallsPolicy, context.actor, 'create');
	const call = publicCallInputSchema.parse(input);
	return db.transaction(async (tx) => {
		await assertOrganisationsExist(tx, call.funderOrganisationId ? [call.funderOrganisationId] : []);
		const repository = createPublicCallsRepository({ db: tx });
		const { id } = await repository.insert(call);
		const created = presentCall((await repository.findById(id))!);
		await recordAudit({ db: tx, context, change: { action: 'public_call.create', entityType: 'public_call', entityId: id, after: created } });
		return created;
	});
}

async function assertOrganisationsExist(db: Database, ids: string[]) {
	if (ids.length === 0) return;
	const found = await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, ids));
	const missing = ids.find((id) => !found.some((row) => row.id === id));
	if (missing) throw organisationNotFound(missing);
}

async function assertProject(db: Database, space: SpaceRef, projectId: string) {
	if (!isUuid(projectId) || !(await createProjectOrganisationsRepository({ db, spaceId: space.id }).projectExists(projectId))) throw projectNotFound(projectId);
}

async function readMoney(db: Database, space: SpaceRef, projectId: string): Promise<ProjectMoney> {
	const { money, lines } = await createProjectMoneyRepository({ db, spaceId: space.id }).find(projectId);
	const call = money?.callId ? await createPublicCallsRepository({ db }).findById(money.callId) : undefined;
	const source = ({ line, organisation }: (typeof lines)[number]) => ({
		organisation,
		name: organisation?.name ?? line.name ?? '',
		amount: amount(centsOfNumeric(line.amount))
	});
	const sourcesCents = lines.reduce((sum, { line }) => sum + centsOfNumeric(line.amount), 0);
	return {
		total: money ? amount(centsOfNumeric(money.total)) : null,
		call: call ? presentCall(call) : null,
		fundingLines: lines
			.filter(({ line }) => line.kind === 'funding')
			.map((row) => ({
				...source(row),
				fund: row.line.fund,
				programme: row.line.programme,
				priorityAxis: row.line.priorityAxis,
				investmentPriority: row.line.investmentPriority,
				specificObjective: row.line.specificObjective
			})),
		ownFunds: lines.filter(({ line }) => line.kind === 'own').map(source),
		sources: amount(sourcesCents)
	};
}

/** A project's total value, funding lines, own co-financing and call; anyone may read them, the back office's form asks for `manage`. */
export async function getProjectMoney({
	db,
	actor,
	space,
	projectId,
	action = 'read'
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	projectId: string;
	action?: 'read' | 'manage';
}): Promise<ProjectMoney> {
	authorize(projectsPolicy, actor, action, { spaceId: space.id });
	await assertProject(db, space, projectId);
	return readMoney(db, space, projectId);
}

/**
 * Sets a project's money as a whole (admins and staff of the space). The funding lines and own
 * funds, once any is given, must add up to the total value to the cent; if not, nothing is kept and the error beside
 * the total names both sums. Audited with the money before and after.
 */
export async function setProjectMoney({
	db,
	context,
	space,
	projectId,
	input,
	locale = 'sl'
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	projectId: string;
	input: unknown;
	locale?: 'sl' | 'en';
}): Promise<ProjectMoney> {
	return changingInSpace({ db, context, space }, projectsPolicy, 'manage', async (tx) => {
		const money = projectMoneyInputSchema(locale).parse(input);
		await assertProject(tx, space, projectId);
		const sources = [...money.fundingLines, ...money.ownFunds];
		const sourcesCents = sources.reduce((sum, line) => sum + line.amount, 0);
		// a total whose split is not known yet (seed 004 states only the value) has no sources to add up
		if (sources.length > 0 && sourcesCents !== money.total) throw moneyTotalsMismatch(sourcesCents, money.total);
		await assertOrganisationsExist(
			tx,
			sources.flatMap((line) => (line.organisationId ? [line.organisationId] : []))
		);
		if (money.callId && !(await createPublicCallsRepository({ db: tx }).findById(money.callId))) throw publicCallNotFound(money.callId);
		const before = await readMoney(tx, space, projectId);
		const line = (kind: 'funding' | 'own') => (source: (typeof money.fundingLines)[number] | (typeof money.ownFunds)[number]) => ({
			kind,
			organisationId: source.organisationId ?? null,
			name: source.organisationId ? null : (source.name ?? null),
			fund: ('fund' in source && source.fund) || null,
			programme: ('programme' in source && source.programme) || null,
			priorityAxis: ('priorityAxis' in source && source.priorityAxis) || null,
			investmentPriority: ('investmentPriority' in source && source.investmentPriority) || null,
			specificObjective: ('specificObjective' in source && source.specificObjective) || null,
			amount: numericOfCents(source.amount)
		});
		await createProjectMoneyRepository({ db: tx, spaceId: space.id }).replace(projectId, {
			total: numericOfCents(money.total),
			callId: money.callId ?? null,
			lines: [...money.fundingLines.map(line('funding')), ...money.ownFunds.map(line('own'))]
		});
		const after = await readMoney(tx, space, projectId);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'project.money_set',
				entityType: 'project',
				entityId: projectId,
				spaceId: space.id,
				before: auditedMoney(before),
				after: auditedMoney(after)
			}
		});
		return after;
	});
}

/** The money as the audit log shows it: amounts in words, sources by name. */
function auditedMoney(money: ProjectMoney) {
	return {
		total: money.total?.text.sl ?? null,
		call: money.call?.title.sl ?? null,
		fundingLines: money.fundingLines.map((line) => `${line.name}: ${line.amount.text.sl}`),
		ownFunds: money.ownFunds.map((line) => `${line.name}: ${line.amount.text.sl}`)
	};
}
