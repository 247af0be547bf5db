import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { projectStatusLabel } from './project-labels.ts';

/** How the audit log speaks of what the projects module records. */
export const auditWords: AuditWords = {
	actions: {
		'project.create': m.audit_action_project_create
	},
	entities: {
		project: {
			label: m.audit_entity_project,
			fields: {
				slug: m.audit_field_project_slug,
				title: m.audit_field_project_title,
				acronym: m.audit_field_project_acronym,
				startsOn: m.audit_field_project_starts_on,
				endsOn: m.audit_field_project_ends_on,
				status: m.audit_field_project_status
			},
			values: { status: projectStatusLabel }
		}
	}
};
