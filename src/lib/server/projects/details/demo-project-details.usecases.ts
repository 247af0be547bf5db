import { and, eq } from 'drizzle-orm';
import type { DemoLoad, DemoLoaded } from '../../manifest/manifest.ts';
import { systemActor } from '../../policy/actor.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';
import { demoHubProjects } from '../partners/demo-hub-projects.ts';
import { projects } from '../projects.table.ts';
import { demoProjectDetails } from './demo-project-details.ts';
import { changeProjectDetails, getProject } from './project-details.usecases.ts';

/**
 * The demo hubs' projects created just now get the details the seeds state (after the partners'
 * load made them); a part another load filled already (a profile's problem, say) is left as it is.
 */
export async function loadDemoProjectDetails({ db, context, createdSpaces }: DemoLoad): Promise<DemoLoaded> {
	const created: string[] = [];
	for (const slug of createdSpaces.keys()) {
		const details = demoProjectDetails[slug];
		const hub = demoHubProjects[slug];
		if (!details || !hub) continue;
		const space = await findSpaceRef(db, slug);
		const [row] = await db
			.select({ id: projects.id })
			.from(projects)
			.where(and(eq(projects.spaceId, space.id), eq(projects.slug, hub.slug)));
		if (!row) continue;
		const project = await getProject({ db, actor: systemActor, which: { id: row.id } });
		const contactKnown = Boolean(project.contact.name || project.contact.email || project.contact.phone);
		const input = {
			...(details.problem && !project.problem && { problem: details.problem }),
			...(details.goal && !project.goal && { goal: details.goal }),
			...(details.strands && project.strands.length === 0 && { strands: details.strands }),
			...(details.contact && !contactKnown && { contact: details.contact })
		};
		if (Object.keys(input).length === 0) continue;
		await changeProjectDetails({ db, context, projectId: row.id, input });
		created.push(`${slug}: ${hub.slug} ${Object.keys(input).join(', ')}`);
	}
	return { created, skipped: [] };
}
