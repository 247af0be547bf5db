import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { projectStatusLabel } from './project-labels.ts';
import { projectOrganisationRoleLabel } from './project-organisation-roles.ts';

/** How the audit log speaks of what the projects module records. */
export const auditWords: AuditWords = {
	actions: {
		'project.create': m.audit_action_project_create,
		'project.organisation_add': m.audit_action_project_organisation_add,
		'project.organisation_roles': m.audit_action_project_organisation_roles,
		'project.details_change': m.audit_action_project_details_change,
		'project.from_profile': m.audit_action_project_from_profile,
		'project.money_set': m.audit_action_project_money_set,
		'public_call.create': m.audit_action_public_call_create,
		'project.contributions_set': m.audit_action_project_contributions_set
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
				status: m.audit_field_project_status,
				organisation: m.audit_field_project_organisation,
				organisationId: m.audit_field_project_organisation_id,
				role: m.audit_field_project_role,
				roles: m.audit_field_project_roles,
				problem: m.audit_field_project_problem,
				goal: m.audit_field_project_goal,
				contact: m.audit_field_project_contact,
				predecessorId: m.audit_field_project_predecessor_id,
				objectives: m.audit_field_project_objectives,
				strands: m.audit_field_project_strands,
				links: m.audit_field_project_links,
				fromProfile: m.audit_field_project_from_profile,
				total: m.audit_field_project_total,
				call: m.audit_field_project_call,
				fundingLines: m.audit_field_project_funding_lines,
				ownFunds: m.audit_field_project_own_funds,
				contributions: m.audit_field_project_contributions,
				duplicateOf: m.project_admin_audit_field_duplicate_of
			},
			values: { status: projectStatusLabel, role: projectOrganisationRoleLabel, roles: projectOrganisationRoleLabel }
		},
		public_call: {
			label: m.audit_entity_public_call,
			fields: {
				title: m.audit_field_public_call_title,
				funder: m.audit_field_public_call_funder,
				fund: m.audit_field_public_call_fund,
				reference: m.audit_field_public_call_reference,
				year: m.audit_field_public_call_year,
				lot: m.audit_field_public_call_lot
			}
		}
	}
};
