import { backOffice, backOfficeForm, policy, read } from '../http/access-rules.ts';
import { defineModule } from '../modules/manifest.ts';
import { importJobHandlers } from './import/import-runs.usecases.ts';
import { organisationPaths } from './organisations.openapi.ts';
import { organisationsPolicy } from './organisations.policy.ts';

/** The registry of organisations: directory, profiles, logos, duplicates, import and export. */
export const organisationsModule = defineModule({
	name: 'organisations',
	routes: {
		'/organisations': read,
		'/organisations/[id]': read,
		'/organisations/[id]/logo': read,
		'/organisations/export': read,
		'/api/v1/organisations': { GET: policy(organisationsPolicy, 'read'), POST: policy(organisationsPolicy, 'create') },
		'/api/v1/organisations/[id]': { GET: policy(organisationsPolicy, 'read'), PATCH: policy(organisationsPolicy, 'update') },
		'/app/(signed-in)/organisations/new': backOfficeForm(organisationsPolicy, 'create'),
		'/app/(signed-in)/organisations/[id]': backOfficeForm(organisationsPolicy, 'update'),
		'/app/(signed-in)/organisations/duplicates': backOfficeForm(organisationsPolicy, 'merge'),
		'/app/(signed-in)/organisations/import': backOfficeForm(organisationsPolicy, 'import'),
		'/app/(signed-in)/organisations/import/[id]': backOfficeForm(organisationsPolicy, 'import'),
		'/app/(signed-in)/organisations/import/[id]/progress': { GET: backOffice(organisationsPolicy, 'import') }
	},
	openApiPaths: organisationPaths(),
	jobHandlers: ({ db }) => importJobHandlers(db)
});
