import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

/** How the audit log speaks of changes made in a project's back office: its basics changed, a copy made. */
export const auditWords: AuditWords = {
	actions: {
		'project.basics_change': m.project_admin_audit_basics_change,
		'project.duplicate': m.project_admin_audit_duplicate
	}
};
