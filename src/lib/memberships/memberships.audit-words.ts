import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { membershipStatusLabel } from '../organisations/registry-labels.ts';

/** How the audit log speaks of what the memberships module records. */
export const auditWords: AuditWords = {
	actions: {
		'membership.create': m.audit_action_membership_create,
		'membership.update': m.audit_action_membership_update,
		'membership.delete': m.audit_action_membership_delete,
		'membership.synthetic_registry': m.audit_action_membership_synthetic_registry,
		'membership.apply': m.audit_action_membership_apply,
		'membership.accept': m.audit_action_membership_accept,
		'membership.decline': m.audit_action_membership_decline
	},
	entities: {
		membership: {
			label: m.audit_entity_membership,
			fields: {
				spaceId: m.audit_field_membership_space_id,
				organisationId: m.audit_field_membership_organisation_id,
				status: m.audit_field_membership_status,
				since: m.audit_field_membership_since,
				until: m.audit_field_membership_until,
				memberships: m.audit_field_membership_memberships,
				spaces: m.audit_field_membership_spaces,
				contactName: m.audit_field_membership_contact_name,
				contactEmail: m.audit_field_membership_contact_email,
				message: m.audit_field_membership_message
			},
			values: { status: membershipStatusLabel }
		}
	}
};
