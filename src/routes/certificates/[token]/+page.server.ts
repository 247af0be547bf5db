import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { getCertificateByToken } from '#lib/server/activities/certificates/certificates.usecases.ts';
import { httpStatusOf, isAppError } from '#lib/server/shared/errors.ts';
import { localHref } from '#lib/shared/links.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** The certificate of a person's link, as a page that prints to one A4 sheet (the PDF is this page printed). */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
	const { db, config } = await getApp();
	const certificate = await getCertificateByToken({ db, token: params.token }).catch((cause: unknown) => {
		if (isAppError(cause)) error(httpStatusOf(cause), cause.code);
		throw cause;
	});
	const verifyUrl = `${config.publicUrl}${localHref(`/certificates/verify/${certificate.code}`, { locale: getLocale() })}`;
	return { certificate, verifyUrl, token: params.token };
};
