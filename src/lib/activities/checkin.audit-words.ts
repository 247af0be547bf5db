import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { checkinStatusLabel } from './checkin-labels.ts';

const methods: Record<string, () => string> = {
	scan: m.checkin_method_scan,
	code: m.checkin_method_code,
	tap: m.checkin_method_tap,
	sheet: m.checkin_method_sheet,
	walk_in: m.checkin_method_walk_in
};

/** How the audit log speaks of check-ins at the door, walk-ins, no-shows and the signed sheet. */
export const auditWords: AuditWords = {
	actions: {
		'activity.check_in': m.checkin_audit_action_check_in,
		'activity.check_in_undo': m.checkin_audit_action_check_in_undo,
		'activity.walk_in': m.checkin_audit_action_walk_in,
		'activity.no_shows': m.checkin_audit_action_no_shows,
		'activity.registration_status': m.checkin_audit_action_registration_status,
		'activity.sheet_entered': m.checkin_audit_action_sheet_entered
	},
	entities: {
		activity_attendance: {
			label: m.checkin_audit_entity,
			fields: {
				name: m.checkin_audit_field_name,
				email: m.checkin_audit_field_email,
				organisationId: m.checkin_audit_field_organisation_id,
				sessionId: m.checkin_audit_field_session_id,
				checkedInAt: m.checkin_audit_field_checked_in_at,
				method: m.checkin_audit_field_method,
				status: m.checkin_audit_field_status,
				count: m.checkin_audit_field_count,
				registrationIds: m.checkin_audit_field_registration_ids,
				added: m.checkin_audit_field_added,
				removed: m.checkin_audit_field_removed
			},
			values: {
				status: (value) => checkinStatusLabel(value),
				method: (value) => methods[value]?.()
			}
		}
	}
};
