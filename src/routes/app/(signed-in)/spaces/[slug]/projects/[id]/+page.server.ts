import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { getProject } from '#lib/server/projects/details/project-details.usecases.ts';
import { projectsPolicy } from '#lib/server/projects/projects.policy.ts';

/** A project's page in the back office: what it is, and a way to each of its parts. */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	authorizePage(projectsPolicy, locals.actor, 'manage', { spaceId: space.id });
	const project = await getProject({ db, actor: locals.actor, which: { id: params.id } }).catch(rethrowForPage);
	if (project.space.id !== space.id) error(404, 'Not found');
	const { id, slug, title, acronym, startsOn, endsOn, status, predecessor } = project;
	return { space, project: { id, slug, title, acronym, startsOn, endsOn, status, predecessor }, copied: url.searchParams.has('copied') };
};
