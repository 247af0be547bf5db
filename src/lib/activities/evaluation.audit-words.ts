import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

/** How the audit log speaks of evaluations and certificates (never of the answers themselves). */
export const auditWords: AuditWords = {
	actions: {
		'activity.evaluation_send': m.evaluation_audit_send,
		'activity.evaluation_answer': m.evaluation_audit_answer,
		'activity.certificates_issue': m.certificate_audit_issue
	},
	entities: {
		activity_evaluation: {
			label: m.evaluation_audit_entity,
			fields: { recipients: m.evaluation_audit_field_recipients, questions: m.evaluation_audit_field_questions, anonymous: m.evaluation_audit_field_anonymous }
		},
		activity_evaluation_answer: { label: m.evaluation_audit_entity_answer, fields: { evaluated: m.evaluation_audit_field_evaluated } },
		activity_certificates: { label: m.certificate_audit_entity, fields: { issued: m.certificate_audit_field_issued } }
	}
};
