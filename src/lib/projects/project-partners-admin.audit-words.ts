import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

/** How the audit log speaks of an organisation leaving a project (its roles are worded with the project). */
export const auditWords: AuditWords = {
	actions: { 'project.organisation_remove': m.audit_action_project_organisation_remove }
};
