import { ZodError } from 'zod';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { getSpaceFigures, type Figures } from '#lib/server/activities/figures/figures.usecases.ts';
import { listProjects } from '#lib/server/projects/projects.usecases.ts';
import { dateForInput } from '#lib/server/shared/calendar-date.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** The period form is sent by GET: a period's figures have their own address, to bookmark or send on. */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	const query = Object.fromEntries(url.searchParams);
	let figures: Figures | undefined;
	let errors: Record<string, string> = {};
	try {
		figures = await getSpaceFigures({ db, actor: locals.actor, space, query });
	} catch (error) {
		if (!(error instanceof ZodError)) rethrowForPage(error);
		errors = Object.fromEntries(
			error.issues.map((issue) => [
				String(issue.path[0] ?? 'from'),
				issue.message === 'ends_before_start' ? issue.message : String(issue.path[0]) === 'project' ? 'project' : 'date'
			])
		);
	}
	const projects = (await listProjects({ db, actor: locals.actor, space }).catch(rethrowForPage)).map((project) => ({
		id: project.id,
		title: project.title,
		acronym: project.acronym
	}));
	const locale = getLocale();
	// what was typed comes back as typed; the period shown, as people write dates
	const values = figures
		? { from: dateForInput(figures.period.from, locale), to: dateForInput(figures.period.to, locale), project: figures.projectId ?? '' }
		: { from: query.from ?? '', to: query.to ?? '', project: query.project ?? '' };
	return {
		space,
		figures,
		errors,
		values,
		projects,
		apiQuery: figures
			? new URLSearchParams({ from: figures.period.from, to: figures.period.to, ...(figures.projectId && { project: figures.projectId }) }).toString()
			: ''
	};
};
