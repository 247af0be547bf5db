import { ZodError } from 'zod';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { ljubljanaDay } from '#lib/server/activities/calendar/calendar.usecases.ts';
import { previewDigest, type DigestPreview } from '#lib/server/digest/digest.preview.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { dateForInput } from '#lib/server/shared/calendar-date.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

const errorCodes: Record<string, string> = { digest_period_order: 'order', digest_email: 'email' };

/** The form is sent by GET: a preview has its own address, to bookmark or send on. */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db, config } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const query = Object.fromEntries(url.searchParams);
	const locale = getLocale();
	let preview: DigestPreview | undefined;
	let errors: Record<string, string> = {};
	try {
		preview = await previewDigest({ db, actor: locals.actor, space, query, locale, publicUrl: config.publicUrl });
	} catch (error) {
		if (!(error instanceof ZodError)) rethrowForPage(error);
		errors = Object.fromEntries(error.issues.map((issue) => [String(issue.path[0] ?? 'since'), errorCodes[issue.message] ?? 'date']));
	}
	// what was typed comes back as typed; the period shown, as people write dates
	const values = preview
		? {
				since: query.since ?? dateForInput(ljubljanaDay(preview.since), locale),
				until: query.until ?? dateForInput(ljubljanaDay(preview.until), locale),
				email: preview.recipient.email ?? '',
				locale: preview.locale
			}
		: { since: query.since ?? '', until: query.until ?? '', email: query.email ?? '', locale: query.locale ?? locale };
	return {
		space,
		errors,
		values,
		preview: preview && {
			since: ljubljanaDay(preview.since),
			until: ljubljanaDay(preview.until),
			locale: preview.locale,
			recipient: preview.recipient,
			digest: preview.digest
		},
		apiQuery: new URLSearchParams(Object.entries(values).filter(([, value]) => value !== '')).toString()
	};
};
