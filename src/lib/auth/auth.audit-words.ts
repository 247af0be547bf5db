import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { languageLabel } from '../audit/audit-values.ts';

/** How the audit log speaks of what the auth module records. */
export const auditWords: AuditWords = {
	actions: {
		'user.create': m.audit_action_user_create,
		'user.sign_in': m.audit_action_user_sign_in,
		'user.sign_out': m.audit_action_user_sign_out,
		'user.sign_in_failed': m.audit_action_user_sign_in_failed,
		'user.sign_in_locked': m.audit_action_user_sign_in_locked,
		'user.sign_in_unlock': m.audit_action_user_sign_in_unlock,
		'user.change_password': m.audit_action_user_change_password,
		'user.reset_password': m.audit_action_user_reset_password
	},
	entities: {
		user: {
			label: m.audit_entity_user,
			fields: {
				email: m.audit_field_user_email,
				name: m.audit_field_user_name,
				isPlatformAdmin: m.audit_field_user_is_platform_admin,
				locale: m.audit_field_user_locale,
				address: m.audit_field_user_address
			},
			values: { locale: languageLabel }
		}
	}
};
