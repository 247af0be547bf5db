import { localHref } from '../../../shared/links.ts';
import { localized, type Locale } from '../../../shared/locale.ts';
import type { ProjectReport } from './project-report.usecases.ts';

/**
 * schema.org data of a project's public page (a `Project`, which schema.org counts as an
 * organisation): its names, goal, the space that runs it and who funds it, the organisations of
 * the registry named by their own pages' addresses.
 */
export function projectJsonLd({ report, space, origin, locale }: { report: ProjectReport; space: { slug: string }; origin: string; locale: Locale }) {
	const absolute = (path: string) => new URL(localHref(path, { locale }), origin).href;
	const { project } = report;
	const financers = report.organisations.filter(({ role }) => role === 'financer');
	const data = {
		'@context': 'https://schema.org',
		'@type': 'Project',
		'@id': absolute(`/spaces/${space.slug}/projects/${project.slug}`),
		name: localized(project.title, locale).text,
		alternateName: project.acronym ?? undefined,
		description: project.goal ? localized(project.goal, locale).text : undefined,
		parentOrganization: { '@id': absolute(`/spaces/${space.slug}`) },
		funder:
			financers.length > 0
				? financers.map(({ organisation }) => ({ '@type': 'Organization', '@id': absolute(`/organisations/${organisation.id}`), name: organisation.name }))
				: undefined
	};
	// properties left undefined are dropped
	return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}
