import { eq } from 'drizzle-orm';
import { foldText } from '../../../reference/fold-text.ts';
import type { DemoLoad, DemoLoaded } from '../../manifest/manifest.ts';
import { createOrganisation } from '../organisations.usecases.ts';
import { organisations } from '../organisations.table.ts';
import { demoOrganisations } from './demo-organisations.ts';

/** Adds the organisations of the seeds that are not there yet (by name). */
export async function loadDemoOrganisations({ db, context }: DemoLoad): Promise<DemoLoaded> {
	const created: string[] = [];
	const skipped: string[] = [];
	for (const input of demoOrganisations) {
		const [existing] = await db
			.select({ id: organisations.id })
			.from(organisations)
			.where(eq(organisations.sortName, foldText(input.name)))
			.limit(1);
		if (!existing) await createOrganisation({ db, context, input });
		(existing ? skipped : created).push(input.name);
	}
	return { created, skipped };
}
