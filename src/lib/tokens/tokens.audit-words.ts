import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

/** How the audit log speaks of what the tokens module records. */
export const auditWords: AuditWords = {
	actions: {
		'token.create': m.audit_action_token_create,
		'token.revoke': m.audit_action_token_revoke
	},
	entities: {
		api_token: {
			label: m.audit_entity_api_token,
			fields: {
				userId: m.audit_field_api_token_user_id,
				name: m.audit_field_api_token_name,
				tokenPrefix: m.audit_field_api_token_token_prefix,
				scopes: m.audit_field_api_token_scopes,
				lastUsedAt: m.audit_field_api_token_last_used_at,
				expiresOn: m.audit_field_api_token_expires_on,
				revokedAt: m.audit_field_api_token_revoked_at
			}
		}
	}
};
