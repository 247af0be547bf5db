import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { anonymous } from '#lib/server/policy/actor.ts';
import { jsonLdText } from '#lib/server/organisations/organisation-json-ld.ts';
import { projectJsonLd } from '#lib/server/projects/report/project-json-ld.ts';
import { getProjectCoverInfo } from '#lib/server/projects/cover/project-cover.usecases.ts';
import { getProjectReport } from '#lib/server/projects/report/project-report.usecases.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	// the public page, the same for everyone: only what anyone may see (approved figures and all)
	const report = await getProjectReport({ db, actor: anonymous, space, slug: params.project }).catch(rethrowForPage);
	const jsonLd = jsonLdText(projectJsonLd({ report, space, origin: url.origin, locale: getLocale() }));
	const cover = await getProjectCoverInfo({ db, space, projectId: report.project.id });
	return { space: { slug: space.slug, name: space.name }, report, jsonLd, cover };
};
