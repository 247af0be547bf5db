import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { languageLabel, spaceRoleLabel } from '../audit/audit-values.ts';

/** How the audit log speaks of what the team module records. */
export const auditWords: AuditWords = {
	actions: {
		'invitation.create': m.audit_action_invitation_create,
		'invitation.replace': m.audit_action_invitation_replace,
		'invitation.cancel': m.audit_action_invitation_cancel,
		'invitation.accept': m.audit_action_invitation_accept,
		'space_member.add': m.audit_action_space_member_add,
		'space_member.change_role': m.audit_action_space_member_change_role,
		'space_member.remove': m.audit_action_space_member_remove
	},
	entities: {
		invitation: {
			label: m.audit_entity_invitation,
			fields: {
				spaceId: m.audit_field_invitation_space_id,
				email: m.audit_field_invitation_email,
				role: m.audit_field_invitation_role,
				organisationId: m.audit_field_invitation_organisation_id,
				invitedBy: m.audit_field_invitation_invited_by,
				locale: m.audit_field_invitation_locale,
				expiresAt: m.audit_field_invitation_expires_at,
				acceptedAt: m.audit_field_invitation_accepted_at
			},
			values: { role: spaceRoleLabel, locale: languageLabel }
		},
		space_member: {
			label: m.audit_entity_space_member,
			fields: {
				userId: m.audit_field_space_member_user_id,
				name: m.audit_field_space_member_name,
				email: m.audit_field_space_member_email,
				role: m.audit_field_space_member_role,
				organisationId: m.audit_field_space_member_organisation_id
			},
			values: { role: spaceRoleLabel }
		}
	}
};
