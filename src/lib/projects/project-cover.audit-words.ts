import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

/** How the audit log speaks of projects' cover images (the image itself is never in the log). */
export const auditWords: AuditWords = {
	actions: {
		'project.cover_set': m.project_report_audit_cover_set,
		'project.cover_remove': m.project_report_audit_cover_remove
	},
	entities: {
		project_cover: {
			label: m.project_report_audit_entity_cover,
			fields: {
				contentType: m.project_report_audit_field_content_type,
				bytes: m.project_report_audit_field_bytes,
				sha256: m.project_report_audit_field_sha256,
				alt: m.project_report_audit_field_alt,
				credit: m.project_report_audit_field_credit
			}
		}
	}
};
