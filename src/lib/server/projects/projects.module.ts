import { m } from '../../paraglide/messages.js';
import { backOfficeForm, policy } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { loadDemoHubProjects } from './partners/demo-hub-projects.usecases.ts';
import { projectRolesOfOrganisation } from './partners/project-organisations.merge.ts';
import { projectOrganisationPaths } from './partners/project-organisations.openapi.ts';
import { moneyPaths } from './money/money.openapi.ts';
import { moneyOrganisationReferences } from './money/money.merge.ts';
import { publicCallsPolicy } from './money/money.policy.ts';
import { loadDemoProjectMoney } from './money/demo-project-money.usecases.ts';
import { projectPaths } from './projects.openapi.ts';
import { projectsPolicy } from './projects.policy.ts';

export const projectsModule = defineModule({
	name: 'projects',
	routes: {
		'/api/v1/spaces/[slug]/projects': { GET: policy(projectsPolicy, 'read'), POST: policy(projectsPolicy, 'manage') },
		'/api/v1/spaces/[slug]/projects/[id]/organisations': { GET: policy(projectsPolicy, 'read'), POST: policy(projectsPolicy, 'manage') },
		'/api/v1/spaces/[slug]/projects/[id]/organisations/[organisationId]': { PUT: policy(projectsPolicy, 'manage') },
		'/app/(signed-in)/spaces/[slug]/projects': backOfficeForm(projectsPolicy, 'manage'),
		'/api/v1/calls': { GET: policy(publicCallsPolicy, 'read'), POST: policy(publicCallsPolicy, 'create') },
		'/api/v1/spaces/[slug]/projects/[id]/money': { GET: policy(projectsPolicy, 'read'), PUT: policy(projectsPolicy, 'manage') },
		'/app/(signed-in)/spaces/[slug]/projects/[id]/money': backOfficeForm(projectsPolicy, 'manage')
	},
	openApiPaths: { ...projectPaths, ...projectOrganisationPaths, ...moneyPaths },
	organisationReferences: [projectRolesOfOrganisation, ...moneyOrganisationReferences],
	demoContent: async (load) => {
		const hubs = await loadDemoHubProjects(load);
		const money = await loadDemoProjectMoney(load);
		return { created: [...hubs.created, ...money.created], skipped: [...hubs.skipped, ...money.skipped] };
	},
	backOfficeLinks: [{ place: 'space', href: '/app/spaces/[slug]/projects', label: m.projects_title, shownTo: linkFor(projectsPolicy, 'manage') }]
});
