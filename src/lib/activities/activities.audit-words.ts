import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { builtInTypeLabel, pillarLabel } from './activity-type-labels.ts';

/** How the audit log speaks of activities and the space's own types of activity. */
export const auditWords: AuditWords = {
	actions: {
		'activity.create': m.activities_audit_action_create,
		'activity.change': m.activities_audit_action_change,
		'activity_type.create': m.activities_audit_action_type_create
	},
	entities: {
		activity: {
			label: m.activities_audit_entity_activity,
			fields: {
				id: m.activities_audit_field_id,
				spaceId: m.activities_audit_field_space_id,
				slug: m.activities_audit_field_slug,
				title: m.activities_audit_field_title,
				description: m.activities_audit_field_description,
				type: m.activities_audit_field_type,
				pillar: m.activities_audit_field_pillar,
				projectId: m.activities_audit_field_project_id,
				capacity: m.activities_audit_field_capacity,
				public: m.activities_audit_field_public,
				language: m.activities_audit_field_language,
				certificateMinPercent: m.activities_audit_field_certificate,
				registrationClosesAt: m.activities_audit_field_registration_closes_at,
				organiserIds: m.activities_audit_field_organiser_ids,
				registrationQuestions: m.activities_audit_field_registration_questions,
				evaluationQuestions: m.activities_audit_field_evaluation_questions,
				evaluationAnonymous: m.activities_audit_field_evaluation_anonymous,
				cancelled: m.activities_audit_field_cancelled,
				sessions: m.activities_audit_field_sessions
			},
			values: { type: (code) => builtInTypeLabel(code), pillar: pillarLabel }
		},
		activity_type: {
			label: m.activities_audit_entity_type,
			fields: { code: m.activities_audit_field_code, name: m.activities_audit_field_name, builtIn: m.activities_audit_field_built_in }
		}
	}
};
