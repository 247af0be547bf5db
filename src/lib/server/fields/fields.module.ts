import { m } from '../../paraglide/messages.js';
import { backOfficeForm, read } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { fieldPaths } from './fields.openapi.ts';
import { fieldsPolicy } from './fields.policy.ts';

export const fieldsModule = defineModule({
	name: 'fields',
	routes: {
		'/api/v1/fields': read,
		'/app/(signed-in)/fields': backOfficeForm(fieldsPolicy, 'manage')
	},
	openApiPaths: fieldPaths,
	backOfficeLinks: [{ place: 'registry', href: '/app/fields', label: m.fields_title, shownTo: linkFor(fieldsPolicy, 'manage') }]
});
