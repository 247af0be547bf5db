import { m } from '../../paraglide/messages.js';
import { backOffice, backOfficeForm, policy, read } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { indicatorPaths } from './indicators/indicators.openapi.ts';
import { indicatorPartsOfOrganisation } from './indicators/indicators.merge.ts';
import { indicatorsPolicy } from './indicators/indicators.policy.ts';
import { loadDemoHubProjects } from './partners/demo-hub-projects.usecases.ts';
import { projectRolesOfOrganisation } from './partners/project-organisations.merge.ts';
import { projectOrganisationPaths } from './partners/project-organisations.openapi.ts';
import { moneyPaths } from './money/money.openapi.ts';
import { moneyOrganisationReferences } from './money/money.merge.ts';
import { loadDemoProjectMoney } from './money/demo-project-money.usecases.ts';
import { loadDemoProjectDetails } from './details/demo-project-details.usecases.ts';
import { projectPaths } from './projects.openapi.ts';
import { moveProfileProjectsAfterMigrations, projectsFromProfilesCommand } from './details/project-details.cli.ts';
import { projectDetailsPaths } from './details/project-details.openapi.ts';
import { projectsPolicy } from './projects.policy.ts';
import { iatiPaths } from './iati/iati.openapi.ts';
import { iatiExportCommand } from './iati/iati.cli.ts';
import { iatiActivityParts } from './iati/iati-parts.ts';
import { moneyIatiPart } from './money/money.iati.ts';
import { indicatorsIatiPart } from './indicators/indicators.iati.ts';
import { maxCoverBytes } from './cover/project-cover.errors.ts';
import { projectContributionPaths } from './contributions/project-contributions.openapi.ts';
import { indicatorChangePaths } from './indicators/indicator-changes.openapi.ts';
// the back office of a project (issue 12, item 7): its page, its edit form, its copy
import { projectDuplicatePaths } from './duplicate/project-duplicate.openapi.ts';
import { projectDuplicateCommand } from './duplicate/project-duplicate.cli.ts';

export const projectsModule = defineModule({
	name: 'projects',
	routes: {
		'/api/v1/spaces/[slug]/projects': { GET: policy(projectsPolicy, 'read'), POST: policy(projectsPolicy, 'manage') },
		'/api/v1/spaces/[slug]/projects/[id]/organisations': { GET: policy(projectsPolicy, 'read'), POST: policy(projectsPolicy, 'manage') },
		'/api/v1/spaces/[slug]/projects/[id]/organisations/[organisationId]': { PUT: policy(projectsPolicy, 'manage'), DELETE: policy(projectsPolicy, 'manage') },
		'/app/(signed-in)/spaces/[slug]/projects': backOfficeForm(projectsPolicy, 'manage'),
		'/api/v1/projects/[id]': { GET: policy(projectsPolicy, 'read'), PATCH: policy(projectsPolicy, 'manage') },
		'/api/v1/projects/[id]/indicators': { GET: policy(indicatorsPolicy, 'read'), POST: policy(indicatorsPolicy, 'manage') },
		'/api/v1/projects/[id]/indicators/[indicatorId]/actuals': { PUT: policy(indicatorsPolicy, 'report') },
		'/api/v1/projects/[id]/indicators/[indicatorId]/actuals/[actualId]/status': { POST: policy(indicatorsPolicy, 'report') },
		'/api/v1/projects/[id]/indicators.[format]': { GET: policy(indicatorsPolicy, 'read') },
		'/projects/[id]/indicators': read,
		'/spaces/[slug]/projects/[project]': read,
		'/api/v1/spaces/[slug]/iati.xml': { GET: policy(projectsPolicy, 'read') },
		'/api/v1/spaces/[slug]/projects/[id]/iati.xml': { GET: policy(projectsPolicy, 'read') },
		'/api/v1/spaces/[slug]/projects/[id]/money': { GET: policy(projectsPolicy, 'read'), PUT: policy(projectsPolicy, 'manage') },
		'/app/(signed-in)/spaces/[slug]/projects/[id]/money': backOfficeForm(projectsPolicy, 'manage'),
		'/api/v1/projects/[id]/contributions': { GET: policy(projectsPolicy, 'read'), PUT: policy(projectsPolicy, 'manage') },
		// the report a financer receives, and the project's cover image (report/, cover/)
		'/spaces/[slug]/projects/[project]/report.docx': read,
		'/spaces/[slug]/projects/[project]/report.pdf': read,
		'/spaces/[slug]/projects/[project]/cover': read,
		'/app/(signed-in)/spaces/[slug]/projects/[id]/cover': backOfficeForm(projectsPolicy, 'manage'),
		// partners and indicators in the back office, and the space's indicator table
		'/app/(signed-in)/spaces/[slug]/projects/[id]/partners': backOfficeForm(projectsPolicy, 'manage'),
		// partners' member editors enter their part here too; the page offers each what they may do
		'/app/(signed-in)/spaces/[slug]/projects/[id]/indicators': { GET: backOffice(indicatorsPolicy, 'report'), POST: backOffice(indicatorsPolicy, 'report') },
		'/api/v1/projects/[id]/indicators/[indicatorId]': { PATCH: policy(indicatorsPolicy, 'manage'), DELETE: policy(indicatorsPolicy, 'manage') },
		'/spaces/[slug]/indicators': read,
		// the back office of a project: its page, its edit form in sections, its copy
		'/app/(signed-in)/spaces/[slug]/projects/[id]': backOfficeForm(projectsPolicy, 'manage'),
		'/app/(signed-in)/spaces/[slug]/projects/[id]/edit': backOfficeForm(projectsPolicy, 'manage'),
		'/app/(signed-in)/spaces/[slug]/projects/[id]/duplicate': backOfficeForm(projectsPolicy, 'manage'),
		'/api/v1/projects/[id]/duplicate': { POST: policy(projectsPolicy, 'manage') }
	},
	// the cover form carries an image (the use case refuses one too large itself, in words)
	bodyLimits: { '/app/(signed-in)/spaces/[slug]/projects/[id]/cover': 2 * maxCoverBytes + 65_536 },
	openApiPaths: {
		...projectPaths,
		...projectOrganisationPaths,
		...projectDetailsPaths,
		...indicatorPaths,
		...iatiPaths,
		...moneyPaths,
		...projectContributionPaths,
		...indicatorChangePaths,
		...projectDuplicatePaths
	},
	organisationReferences: [projectRolesOfOrganisation, indicatorPartsOfOrganisation, ...moneyOrganisationReferences],
	demoContent: async (load) => {
		const hubs = await loadDemoHubProjects(load);
		const money = await loadDemoProjectMoney(load);
		const details = await loadDemoProjectDetails(load);
		return { created: [...hubs.created, ...money.created, ...details.created], skipped: [...hubs.skipped, ...money.skipped, ...details.skipped] };
	},
	afterMigrations: moveProfileProjectsAfterMigrations,
	cliCommands: {
		'projects:from-profiles': projectsFromProfilesCommand,
		'iati:export': {
			summary: "Write a space's projects (or one project) as IATI 2.03 activity XML, validated against the schema in IATI_SCHEMA_DIR when set.",
			usage: 'SPACE [PROJECT_ID] FILE.xml',
			positionals: true,
			run: iatiExportCommand
		},
		'projects:duplicate': projectDuplicateCommand
	},
	backOfficeLinks: [{ place: 'space', href: '/app/spaces/[slug]/projects', label: m.projects_title, shownTo: linkFor(projectsPolicy, 'manage') }]
});

// the money and indicators parts add budgets and results to the IATI export
iatiActivityParts.push(moneyIatiPart, indicatorsIatiPart);
