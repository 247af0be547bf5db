import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { verifyCertificate } from '#lib/server/activities/certificates/certificates.usecases.ts';
import { httpStatusOf, isAppError } from '#lib/server/shared/errors.ts';

/** Anyone with a certificate's code sees whose it is, of which activity and when: nothing more. */
export const load: PageServerLoad = async ({ params }) => {
	const { db } = await getApp();
	const verification = await verifyCertificate({ db, code: params.code }).catch((cause: unknown) => {
		if (isAppError(cause)) error(httpStatusOf(cause), cause.code);
		throw cause;
	});
	return { verification, code: params.code };
};
