import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

/** How the audit log speaks of the platform's own texts (footer, accessibility statement, privacy notice). */
export const auditWords: AuditWords = {
	actions: {
		'site.update': m.audit_action_site_update
	},
	entities: {
		site: {
			label: m.audit_entity_site,
			fields: {
				operator: m.audit_field_site_operator,
				contactEmail: m.audit_field_site_contact_email,
				contactAddress: m.audit_field_site_contact_address,
				accessibility: m.audit_field_site_accessibility,
				privacy: m.audit_field_site_privacy
			}
		}
	}
};
