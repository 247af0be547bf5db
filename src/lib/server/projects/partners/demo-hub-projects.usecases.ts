import { inArray } from 'drizzle-orm';
import { foldText } from '../../../reference/fold-text.ts';
import type { DemoLoad, DemoLoaded } from '../../manifest/manifest.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';
import { moveProfileProjects } from '../details/projects-from-profiles.usecases.ts';
import { createProjectDetailsRepository } from '../details/project-details.repository.ts';
import { createProject } from '../projects.usecases.ts';
import { demoProfileProjects } from './demo-profile-projects.ts';
import { demoHubProjects } from './demo-hub-projects.ts';
import { addProjectOrganisation } from './project-organisations.usecases.ts';

/**
 * Each demo space created just now gets the project that runs it, with its operators, hosts,
 * partners and financers (the organisations module loaded them first). Spaces that were there
 * before keep their projects as people left them.
 */
export async function loadDemoHubProjects({ db, context, createdSpaces }: DemoLoad): Promise<DemoLoaded> {
	const created: string[] = [];
	for (const slug of createdSpaces.keys()) {
		const hub = demoHubProjects[slug];
		const support = demoProfileProjects[slug];
		if (!hub || !support) continue;
		const space = await findSpaceRef(db, slug);
		const project = await createProject({
			db,
			context,
			space,
			input: { title: support.title, acronym: support.acronym, slug: hub.slug, startsOn: support.startDate, endsOn: support.endDate }
		});
		created.push(`${slug}: ${hub.slug}`);
		// the rest of the profile's project (problem, goal, results, call, money) is spread by the move below
		const details = createProjectDetailsRepository({ db, spaceId: space.id, projectId: project.id });
		await details.update({
			fromProfile: { profileProject: support },
			...(hub.contact ? { contactName: hub.contact.name, contactEmail: hub.contact.email } : {})
		});
		if (hub.strands) await details.replaceStrands(hub.strands);
		const found = await db
			.select({ id: organisations.id, sortName: organisations.sortName })
			.from(organisations)
			.where(
				inArray(
					organisations.sortName,
					hub.organisations.map((organisation) => foldText(organisation.name))
				)
			);
		for (const { name, role } of hub.organisations) {
			const organisation = found.find((row) => row.sortName === foldText(name));
			if (organisation) await addProjectOrganisation({ db, context, space, projectId: project.id, input: { organisationId: organisation.id, role } });
		}
	}
	await moveProfileProjects({ db, context });
	return { created, skipped: [] };
}
