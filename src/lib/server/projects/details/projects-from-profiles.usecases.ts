import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { ProjectOrganisationRole } from '../../../projects/project-organisation-roles.ts';
import { foldText } from '../../../reference/fold-text.ts';
import type { ProjectPartnerRole } from '../../../spaces/space-enums.ts';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';
import { spaces } from '../../spaces/spaces.table.ts';
import { createProjectOrganisationsRepository } from '../partners/project-organisations.repository.ts';
import { projects } from '../projects.table.ts';
import { createProject } from '../projects.usecases.ts';
import { moveContributionsFromProfile } from '../contributions/project-contributions.usecases.ts';
import { createProjectDetailsRepository } from './project-details.repository.ts';

/** The registry's sort names a partner may go by: as written, and without a trailing acronym (`Zavod … (INePA)`). */
const sortNamesOf = (name: string) => [foldText(name), foldText(name.replace(/\s*\([^)]*\)\s*$/, ''))];

const roleOfPartner: Record<ProjectPartnerRole, ProjectOrganisationRole> = {
	lead_applicant: 'lead',
	partner: 'partner',
	associated_partner: 'associated_partner'
};

/** An address from the acronym or the title: `PRO-NVO-VID` → `pro-nvo-vid`. */
const slugOf = (text: string) =>
	foldText(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60) || 'projekt';

/**
 * Moves the project each space profile holds (`supportProject`) into the space's projects, with
 * nothing lost: title, acronym and period to the project (found by its Slovenian title when the
 * demo loader or a person made it already), problem and goal to its columns, each group of
 * results to an objective with its results, partners found in the registry (by name) to its
 * organisations in their roles. What no table holds yet (call, funder, operator, money,
 * partners not in the registry) stays visible in `fromProfile`; contributions to strategies go to their table. A project once
 * moved has `fromProfile` set and is left alone, so running it again changes nothing.
 */
export async function moveProfileProjects({ db, context }: { db: Database; context: AuditContext }): Promise<{ moved: string[]; skipped: string[] }> {
	const moved: string[] = [];
	const skipped: string[] = [];
	const profiles = await db.select({ slug: spaces.slug, support: spaces.supportProject }).from(spaces).where(isNotNull(spaces.supportProject));
	for (const { slug, support } of profiles) {
		if (!support) continue;
		const space = await findSpaceRef(db, slug);
		const [existing] = await db
			.select()
			.from(projects)
			.where(and(eq(projects.spaceId, space.id), sql`${projects.title}->>'sl' = ${support.title.sl}`));
		if (existing?.fromProfile) {
			await moveContributionsFromProfile({ db, context, space, projectId: existing.id });
			skipped.push(`${slug}: ${existing.slug}`);
			continue;
		}
		const project =
			existing ??
			(await createProject({
				db,
				context,
				space,
				input: {
					title: support.title,
					acronym: support.acronym,
					slug: slugOf(support.acronym ?? support.title.sl),
					startsOn: support.startDate,
					endsOn: support.endDate
				}
			}));
		await db.transaction(async (tx) => {
			const found = await tx
				.select({ id: organisations.id, sortName: organisations.sortName })
				.from(organisations)
				.where(
					inArray(
						organisations.sortName,
						support.partners.flatMap((partner) => sortNamesOf(partner.name.sl))
					)
				);
			const partnersRepository = createProjectOrganisationsRepository({ db: tx, spaceId: space.id });
			const notInRegistry = [];
			for (const partner of support.partners) {
				const organisation = found.find((row) => sortNamesOf(partner.name.sl).includes(row.sortName));
				if (organisation) await partnersRepository.insert(project.id, organisation.id, roleOfPartner[partner.role]);
				else notInRegistry.push(partner);
			}
			const { call, funder, operator, currency, totalValueCents, fundedValueCents, ownFundsCents, contributions } = support;
			const fromProfile = Object.fromEntries(
				Object.entries({ call, funder, operator, currency, totalValueCents, fundedValueCents, ownFundsCents, contributions, partners: notInRegistry }).filter(
					([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)
				)
			);
			const details = createProjectDetailsRepository({ db: tx, spaceId: space.id, projectId: project.id });
			await details.update({ problem: support.problem ?? null, goal: support.goal ?? null, fromProfile });
			await details.replaceObjectives(support.results.map((group) => ({ title: group.title, results: group.items, objectives: [] })));
			await recordAudit({
				db: tx,
				context,
				change: {
					action: 'project.from_profile',
					entityType: 'project',
					entityId: project.id,
					spaceId: space.id,
					after: { problem: support.problem, goal: support.goal, objectives: support.results, fromProfile }
				}
			});
			await moveContributionsFromProfile({ db: tx, context, space, projectId: project.id });
		});
		moved.push(`${slug}: ${project.slug}`);
	}
	return { moved, skipped };
}
