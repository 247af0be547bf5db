import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { getActivity } from '#lib/server/activities/activities.usecases.ts';
import { activitiesPolicy } from '#lib/server/activities/activities.policy.ts';
import { printCertificatePdf } from '#lib/server/activities/certificates/certificate-pdf.ts';
import { issueCertificates, listCertificateCandidates, mailCertificate } from '#lib/server/activities/certificates/certificates.usecases.ts';
import { getEvaluationResults, sendEvaluation } from '#lib/server/activities/evaluation/evaluation.usecases.ts';
import { failForm } from '#lib/server/http/forms.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { can } from '#lib/server/policy/policy.ts';
import { PrinterUnavailable, PrintTimedOut } from '#lib/server/projects/report/pdf-printer.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	authorizePage(activitiesPolicy, locals.actor, 'readInternal', { spaceId: space.id });
	const scope = { db, actor: locals.actor, space, activityId: params.id };
	const activity = await getActivity(scope).catch(rethrowForPage);
	return {
		space: { slug: space.slug, name: space.name },
		activity: { id: activity.id, title: activity.title, sessions: activity.sessions.length, hasOwnQuestions: activity.evaluationQuestions.length > 0 },
		results: await getEvaluationResults(scope),
		certificates: await listCertificateCandidates(scope),
		canManage: can(activitiesPolicy, locals.actor, 'manage', { spaceId: space.id })
	};
};

export const actions: Actions = {
	send: async ({ params, locals }) => {
		const { db, config, wakeJobRunner } = await getApp();
		try {
			const { sent } = await sendEvaluation({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				activityId: params.id,
				publicUrl: config.publicUrl
			});
			wakeJobRunner();
			return { sent };
		} catch (cause) {
			return failForm(cause, {});
		}
	},

	certificates: async ({ params, locals, url, fetch }) => {
		const { db, config, wakeJobRunner } = await getApp();
		const space = spaceOf(locals, params.slug);
		let issued: string[];
		try {
			({ issued } = await issueCertificates({ db, context: { actor: locals.actor, source: 'form' }, space, activityId: params.id }));
		} catch (cause) {
			return failForm(cause, {});
		}
		// each certificate is printed from its page and mailed; a printer that cannot start leaves
		// the certificates issued (people download them with their link) and says so
		let mailed = 0;
		try {
			for (const registrationId of issued) {
				const result = await mailCertificate({
					db,
					space,
					registrationId,
					publicUrl: config.publicUrl,
					printCertificate: (token, locale) => printCertificatePdf({ origin: url.origin, token, locale, fetch })
				});
				if (result.mailed) mailed++;
				wakeJobRunner();
			}
		} catch (cause) {
			if (!(cause instanceof PrinterUnavailable || cause instanceof PrintTimedOut)) throw cause;
			return { issued: issued.length, mailed, mailFailed: true };
		}
		return { issued: issued.length, mailed };
	}
};
