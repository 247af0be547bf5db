import { and, eq, sql } from 'drizzle-orm';
import { foldText } from '../../../reference/fold-text.ts';
import type { DemoLoad, DemoLoaded } from '../../manifest/manifest.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { findSpaceRef } from '../../spaces/space-scope.ts';
import { demoHubProjects } from '../partners/demo-hub-projects.ts';
import { projects } from '../projects.table.ts';
import { demoProjectMoney } from './demo-project-money.ts';
import { publicCalls } from './money.table.ts';
import { createPublicCall, setProjectMoney } from './money.usecases.ts';

/** The demo hubs' projects created just now get their money and call (after the partners' load made them). */
export async function loadDemoProjectMoney({ db, context, createdSpaces }: DemoLoad): Promise<DemoLoaded> {
	const created: string[] = [];
	const organisationId = async (name: string) =>
		(
			await db
				.select({ id: organisations.id })
				.from(organisations)
				.where(eq(organisations.sortName, foldText(name)))
		)[0]?.id;
	for (const slug of createdSpaces.keys()) {
		const money = demoProjectMoney[slug];
		const hub = demoHubProjects[slug];
		if (!money || !hub) continue;
		const space = await findSpaceRef(db, slug);
		const [project] = await db
			.select({ id: projects.id })
			.from(projects)
			.where(and(eq(projects.spaceId, space.id), eq(projects.slug, hub.slug)));
		if (!project) continue;
		const { funder, ...call } = money.call;
		// a call reused by another demo project is recorded once
		const [known] = await db
			.select({ id: publicCalls.id })
			.from(publicCalls)
			.where(and(sql`${publicCalls.title}->>'sl' = ${call.title.sl}`, eq(publicCalls.year, call.year)));
		const callId = known?.id ?? (await createPublicCall({ db, context, input: { ...call, funderOrganisationId: await organisationId(funder) } })).id;
		const fundingLines = [];
		for (const line of money.fundingLines) {
			const id = await organisationId(line.funder);
			fundingLines.push(id ? { organisationId: id, amount: line.amount } : { name: line.funder, amount: line.amount });
		}
		await setProjectMoney({ db, context, space, projectId: project.id, input: { total: money.total, callId, fundingLines, ownFunds: money.ownFunds } });
		created.push(`${slug}: ${hub.slug} ${money.total} €`);
	}
	return { created, skipped: [] };
}
