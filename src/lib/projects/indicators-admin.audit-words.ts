import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

/** How the audit log speaks of an indicator changed or removed in the back office (its fields are worded with the indicators). */
export const auditWords: AuditWords = {
	actions: {
		'project.indicator_update': m.audit_action_project_indicator_update,
		'project.indicator_delete': m.audit_action_project_indicator_delete
	}
};
