import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

const statusWords: Record<string, () => string> = {
	registered: m.registration_status_registered,
	waitlisted: m.registration_status_waitlisted,
	offered: m.registration_status_offered,
	cancelled: m.registration_status_cancelled,
	attended: m.registration_status_attended,
	no_show: m.registration_status_no_show
};

/** How the audit log speaks of registrations for activities: made, offered a place, cancelled, accepted, lapsed, reminded. */
export const auditWords: AuditWords = {
	actions: {
		'activity.registration_create': m.registration_audit_create,
		'activity.registration_offer': m.registration_audit_offer,
		'activity.registration_cancel': m.registration_audit_cancel,
		'activity.registration_accept': m.registration_audit_accept,
		'activity.registration_lapse': m.registration_audit_lapse,
		'activity.registration_remind': m.registration_audit_remind
	},
	entities: {
		activity_registration: {
			label: m.registration_audit_entity,
			fields: {
				personId: m.registration_audit_field_person,
				organisationId: m.registration_audit_field_organisation,
				status: m.registration_audit_field_status,
				source: m.registration_audit_field_source,
				answers: m.registration_audit_field_answers,
				offeredUntil: m.registration_audit_field_offered_until,
				remindedAt: m.registration_audit_field_reminded_at
			},
			values: { status: (value) => statusWords[value]?.() }
		}
	}
};
