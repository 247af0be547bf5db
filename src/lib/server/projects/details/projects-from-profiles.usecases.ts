import { isDeepStrictEqual } from 'node:util';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { ProjectOrganisationRole } from '../../../projects/project-organisation-roles.ts';
import { foldText } from '../../../reference/fold-text.ts';
import type { ProjectPartnerRole } from '../../../spaces/space-enums.ts';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import { projectContributions } from '../contributions/project-contributions.table.ts';
import { moveContributionsFromProfile } from '../contributions/project-contributions.usecases.ts';
import { projectMoney, publicCalls } from '../money/money.table.ts';
import { numericOfCents } from '../money/money.usecases.ts';
import { createProjectMoneyRepository } from '../money/money.repository.ts';
import { createProjectOrganisationsRepository } from '../partners/project-organisations.repository.ts';
import { projects, type ProjectRow } from '../projects.table.ts';
import { profileProjectSchema, type ProfileProject } from './profile-project.schemas.ts';
import { createProjectDetailsRepository, loadProjectWhole } from './project-details.repository.ts';

/** The registry's sort names an organisation may go by: as written, and without a trailing acronym (`Zavod … (INePA)`). */
const sortNamesOf = (name: string) => [foldText(name), foldText(name.replace(/\s*\([^)]*\)\s*$/, ''))];

const roleOfPartner: Record<ProjectPartnerRole, ProjectOrganisationRole> = {
	lead_applicant: 'lead',
	partner: 'partner',
	associated_partner: 'associated_partner'
};

/** The year a call was published in: the first year its title names (`… 2019-2023` → 2019), else the project's start. */
export const yearOfCall = (title: string, startDate?: string): number | undefined => {
	const named = /\b(19[9]\d|20\d\d)\b/.exec(title)?.[1] ?? startDate?.slice(0, 4);
	return named ? Number(named) : undefined;
};

// jsonb keeps its keys in its own order, so values are compared as values
const same = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);

/**
 * Spreads one profile project over the project's tables and returns what no table took, to stay
 * in `fromProfile` as it was written. A part the project already holds otherwise (a person edited
 * it after an earlier move) is not overwritten: the profile's version is kept beside it.
 */
async function spreadOver(tx: Database, project: ProjectRow, support: ProfileProject): Promise<Record<string, unknown>> {
	const kept: Record<string, unknown> = {};
	const { spaceId, id: projectId } = project;
	const names = [support.operator, support.funder, ...support.partners.map((partner) => partner.name)].flatMap((name) => (name ? sortNamesOf(name.sl) : []));
	const found = names.length
		? await tx.select({ id: organisations.id, sortName: organisations.sortName }).from(organisations).where(inArray(organisations.sortName, names))
		: [];
	const inRegistry = (name?: { sl: string }) => (name ? found.find((row) => sortNamesOf(name.sl).includes(row.sortName))?.id : undefined);

	// the project's own columns: filled where empty, kept beside where they differ
	const columns: Partial<Pick<ProjectRow, 'acronym' | 'startsOn' | 'endsOn' | 'problem' | 'goal'>> = {};
	const fill = <Key extends keyof typeof columns>(column: Key, key: keyof ProfileProject, value: (typeof columns)[Key] | undefined) => {
		if (value === undefined || value === null) return;
		if (project[column] === null) columns[column] = value;
		else if (!same(project[column], value)) kept[key] = value;
	};
	fill('acronym', 'acronym', support.acronym);
	fill('startsOn', 'startDate', support.startDate);
	fill('endsOn', 'endDate', support.endDate);
	fill('problem', 'problem', support.problem);
	fill('goal', 'goal', support.goal);
	if (!same(project.title, support.title)) kept.title = support.title;
	if (Object.keys(columns).length > 0)
		await tx
			.update(projects)
			.set({ ...columns, updatedAt: new Date() })
			.where(and(eq(projects.spaceId, spaceId), eq(projects.id, projectId)));
	const details = createProjectDetailsRepository({ db: tx, spaceId, projectId });

	if (support.results.length > 0) {
		const whole = await loadProjectWhole(tx, { id: projectId });
		const held = (whole?.objectives ?? [])
			.filter((objective) => objective.parentId === null)
			.map((objective) => ({
				title: objective.title,
				items: whole!.results.filter((result) => result.objectiveId === objective.id).map((result) => result.text)
			}));
		// results moved by an earlier run are there already; a tree people made since is not overwritten
		if (held.length === 0) await details.replaceObjectives(support.results.map((group) => ({ title: group.title, results: group.items, objectives: [] })));
		else if (!same(held, support.results)) kept.results = support.results;
	}

	// organisations of the registry in their roles; the others stay listed by name
	const roles = createProjectOrganisationsRepository({ db: tx, spaceId });
	const partnersNotFound = [];
	for (const partner of support.partners) {
		const organisationId = inRegistry(partner.name);
		if (organisationId) await roles.insert(projectId, organisationId, roleOfPartner[partner.role]);
		else partnersNotFound.push(partner);
	}
	if (partnersNotFound.length > 0) kept.partners = partnersNotFound;
	const operatorId = inRegistry(support.operator);
	if (operatorId) await roles.insert(projectId, operatorId, 'operator');
	else if (support.operator) kept.operator = support.operator;
	const funderId = inRegistry(support.funder);
	if (funderId) await roles.insert(projectId, funderId, 'financer');

	const money = await moveMoney(tx, project, support, { funderId, operatorId });
	Object.assign(kept, money.kept);
	// a funder outside the registry is kept unless a funding line names it
	if (support.funder && !funderId && !money.funderNamed) kept.funder = support.funder;
	if (support.contributions.length > 0) {
		const [hasContributions] = await tx
			.select({ projectId: projectContributions.projectId })
			.from(projectContributions)
			.where(and(eq(projectContributions.spaceId, spaceId), eq(projectContributions.projectId, projectId)))
			.limit(1);
		// moved to their table by the caller, unless the project has its own already
		kept[hasContributions ? 'profileContributions' : 'contributions'] = support.contributions;
	}
	return kept;
}

/**
 * The total, the call and the split into the project's money, when the project has none yet: the
 * funded part as the funder's funding line, own funds as the operator's (or lead's). Amounts that
 * do not add up to the total, or in another currency, are kept as they were written.
 */
async function moveMoney(
	tx: Database,
	project: ProjectRow,
	support: ProfileProject,
	{ funderId, operatorId }: { funderId?: string; operatorId?: string }
): Promise<{ kept: Record<string, unknown>; funderNamed: boolean }> {
	const { currency, totalValueCents, fundedValueCents, ownFundsCents, call } = support;
	const amounts = Object.fromEntries(Object.entries({ totalValueCents, fundedValueCents, ownFundsCents }).filter(([, value]) => value !== undefined));
	const [existing] = await tx
		.select({ total: projectMoney.total })
		.from(projectMoney)
		.where(and(eq(projectMoney.spaceId, project.spaceId), eq(projectMoney.projectId, project.id)));
	if (totalValueCents === undefined || currency !== 'EUR' || existing) {
		const kept: Record<string, unknown> = { ...amounts, ...(call ? { call } : {}) };
		if (Object.keys(amounts).length > 0 && currency !== 'EUR') kept.currency = currency;
		return { kept, funderNamed: false };
	}
	const kept: Record<string, unknown> = {};
	let callId: string | null = null;
	const year = call ? yearOfCall(call.sl, support.startDate) : undefined;
	if (call && year) {
		const [known] = await tx
			.select({ id: publicCalls.id })
			.from(publicCalls)
			.where(and(sql`${publicCalls.title}->>'sl' = ${call.sl}`, eq(publicCalls.year, year)));
		callId =
			known?.id ??
			(
				await tx
					.insert(publicCalls)
					.values({ title: call, year, funderOrganisationId: funderId ?? null })
					.returning({ id: publicCalls.id })
			)[0]!.id;
	} else if (call) kept.call = call;
	const ownerName = support.operator ?? support.partners.find((partner) => partner.role === 'lead_applicant')?.name;
	const lines = [];
	if (fundedValueCents !== undefined && (funderId || support.funder)) {
		lines.push({ kind: 'funding' as const, organisationId: funderId ?? null, name: funderId ? null : support.funder!.sl, amount: fundedValueCents });
	}
	if (ownFundsCents !== undefined && (operatorId || ownerName)) {
		lines.push({ kind: 'own' as const, organisationId: operatorId ?? null, name: operatorId ? null : ownerName!.sl, amount: ownFundsCents });
	}
	const addsUp =
		lines.length === (fundedValueCents !== undefined ? 1 : 0) + (ownFundsCents !== undefined ? 1 : 0) &&
		lines.reduce((sum, line) => sum + line.amount, 0) === totalValueCents;
	if (!addsUp) {
		if (fundedValueCents !== undefined) kept.fundedValueCents = fundedValueCents;
		if (ownFundsCents !== undefined) kept.ownFundsCents = ownFundsCents;
	}
	const rows = addsUp ? lines : [];
	await createProjectMoneyRepository({ db: tx, spaceId: project.spaceId }).replace(project.id, {
		total: numericOfCents(totalValueCents),
		callId,
		lines: rows.map(({ amount, ...line }) => ({
			...line,
			fund: null,
			programme: null,
			priorityAxis: null,
			investmentPriority: null,
			specificObjective: null,
			amount: numericOfCents(amount)
		}))
	});
	return { kept, funderNamed: addsUp && !funderId && lines.some((line) => line.kind === 'funding') };
}

/**
 * Spreads every project that still carries its space profile's project (`fromProfile.profileProject`,
 * put there by migration 0023 when the profile stopped holding one, or by the demo loader) over the
 * projects' tables: period, problem, goal and acronym to the project; results to objectives; the
 * partners, operator and funder found in the registry to its organisations in their roles; the total,
 * the call (found or recorded once in `public_calls`) and the funded and own parts to its money;
 * contributions to their table. What no table takes (partners outside the registry, which are not
 * added to the registry on anyone's behalf, a funder or operator known only by name, amounts that do
 * not add up) stays in `fromProfile` and shows on the project page as written. Runs after every
 * migration; a project spread once no longer carries `profileProject`, so running it again changes nothing.
 */
export async function moveProfileProjects({ db, context }: { db: Database; context: AuditContext }): Promise<{ moved: string[]; skipped: string[] }> {
	const moved: string[] = [];
	const skipped: string[] = [];
	const waiting = await db
		.select({ project: projects, spaceSlug: spaces.slug, spaceName: spaces.name })
		.from(projects)
		.innerJoin(spaces, eq(spaces.id, projects.spaceId))
		.where(and(isNotNull(projects.fromProfile), sql`${projects.fromProfile} ? 'profileProject'`));
	for (const { project, spaceSlug, spaceName } of waiting) {
		const { profileProject, ...earlier } = project.fromProfile as { profileProject: unknown };
		const parsed = profileProjectSchema.safeParse(profileProject);
		// a profile that cannot be read is left where it is, whole, and named
		if (!parsed.success) {
			skipped.push(`${spaceSlug}: ${project.slug}`);
			continue;
		}
		await db.transaction(async (tx) => {
			const kept = await spreadOver(tx, project, parsed.data);
			const fromProfile = { ...earlier, ...kept };
			await tx
				.update(projects)
				.set({ fromProfile })
				.where(and(eq(projects.spaceId, project.spaceId), eq(projects.id, project.id)));
			await recordAudit({
				db: tx,
				context,
				change: {
					action: 'project.from_profile',
					entityType: 'project',
					entityId: project.id,
					spaceId: project.spaceId,
					after: { profileProject, fromProfile }
				}
			});
			await moveContributionsFromProfile({ db: tx, context, space: { id: project.spaceId, slug: spaceSlug, name: spaceName }, projectId: project.id });
		});
		moved.push(`${spaceSlug}: ${project.slug}`);
	}
	return { moved, skipped };
}
