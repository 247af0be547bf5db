import { and, eq, sql } from 'drizzle-orm';
import { foldText } from '../../../reference/fold-text.ts';
import type { DemoLoad, DemoLoaded } from '../../manifest/manifest.ts';
import { createOrganisation } from '../../organisations/organisations.usecases.ts';
import { organisations } from '../../organisations/organisations.table.ts';
import { publicCalls } from '../../projects/money/money.table.ts';
import { findSpace } from '../../spaces/space-scope.ts';
import { callTerms } from '../calls.table.ts';
import { changeCall, createCall, recordApplication } from '../calls.usecases.ts';
import { demoCalls } from './demo-calls.ts';

const isoInDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The calls of the seeds (closed, in the archive; the projects' money may have recorded them
 * already: their terms are added to that record) and two generic open calls. A call that already
 * has its terms is left as it is.
 */
export async function loadDemoCalls({ db, context }: DemoLoad): Promise<DemoLoaded> {
	const created: string[] = [];
	const skipped: string[] = [];
	const organisationId = async (name: string) =>
		(
			await db
				.select({ id: organisations.id })
				.from(organisations)
				.where(eq(organisations.sortName, foldText(name)))
		)[0]?.id;
	for (const demo of demoCalls) {
		const funderId =
			(await organisationId(demo.funder)) ?? (await createOrganisation({ db, context, input: { name: demo.funder, legalForm: 'public_body' } })).id;
		const [known] = await db
			.select({ id: publicCalls.id, terms: callTerms.callId })
			.from(publicCalls)
			.leftJoin(callTerms, eq(callTerms.callId, publicCalls.id))
			.where(and(sql`${publicCalls.title}->>'sl' = ${demo.title.sl}`, eq(publicCalls.year, demo.year)));
		if (known?.terms) {
			skipped.push(demo.title.sl);
			continue;
		}
		const terms = {
			title: demo.title,
			funderOrganisationId: funderId,
			year: demo.year,
			...(demo.closed ? { closed: true } : {}),
			deadlines: (demo.deadlinesInDays ?? []).map((deadline) => ({ date: isoInDays(deadline.days), ...(deadline.time ? { time: deadline.time } : {}) })),
			...(demo.totalAmount ? { totalAmount: demo.totalAmount } : {}),
			...(demo.amountMin ? { amountMin: demo.amountMin } : {}),
			...(demo.amountMax ? { amountMax: demo.amountMax } : {}),
			legalForms: demo.legalForms ?? [],
			regionCodes: demo.regionCodes ?? [],
			fields: demo.fields ?? [],
			...(demo.cofinancingShare ? { cofinancingRequired: true, cofinancingShare: demo.cofinancingShare } : {})
		};
		const callId = known ? (await changeCall({ db, context, callId: known.id, input: terms })).id : (await createCall({ db, context, input: terms })).id;
		for (const application of demo.applications ?? []) {
			const organisation = await organisationId(application.organisation);
			const space = await findSpace(db, application.space);
			if (!organisation || !space) continue;
			await recordApplication({
				db,
				context,
				callId,
				input: {
					organisationId: organisation,
					space: space.slug,
					status: application.status,
					...(application.grantedAmount ? { grantedAmount: application.grantedAmount } : {})
				}
			});
		}
		created.push(demo.title.sl);
	}
	return { created, skipped };
}
