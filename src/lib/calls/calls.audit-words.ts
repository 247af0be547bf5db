import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { applicationStatusLabel } from './application-status.ts';

/** How the audit log speaks of funding calls and members' applications to them. */
export const auditWords: AuditWords = {
	actions: {
		'call.create': m.calls_audit_action_create,
		'call.change': m.calls_audit_action_change,
		'call_application.create': m.calls_audit_action_application_create,
		'call_application.change': m.calls_audit_action_application_change
	},
	entities: {
		call: {
			label: m.calls_audit_entity_call,
			fields: {
				id: m.calls_audit_field_id,
				title: m.calls_audit_field_title,
				funder: m.calls_audit_field_funder,
				fund: m.calls_audit_field_fund,
				reference: m.calls_audit_field_reference,
				year: m.calls_audit_field_year,
				lot: m.calls_audit_field_lot,
				link: m.calls_audit_field_link,
				publishedOn: m.calls_audit_field_published,
				deadline: m.calls_audit_field_deadline,
				deadlines: m.calls_audit_field_deadlines,
				open: m.calls_audit_field_open,
				closed: m.calls_audit_field_closed,
				totalAmount: m.calls_audit_field_total,
				amountMin: m.calls_audit_field_min,
				amountMax: m.calls_audit_field_max,
				eligibility: m.calls_audit_field_eligibility,
				cofinancing: m.calls_audit_field_cofinancing,
				enteredInSpaceId: m.calls_audit_field_space,
				updatedAt: m.calls_audit_field_updated
			}
		},
		call_application: {
			label: m.calls_audit_entity_application,
			fields: {
				id: m.calls_audit_field_id,
				callId: m.calls_audit_field_call,
				callTitle: m.calls_audit_field_title,
				organisation: m.calls_audit_field_organisation,
				spaceId: m.calls_audit_field_space,
				status: m.calls_audit_field_status,
				appliedOn: m.calls_audit_field_applied_on,
				decidedOn: m.calls_audit_field_decided_on,
				grantedAmount: m.calls_audit_field_granted,
				note: m.calls_audit_field_note,
				updatedAt: m.calls_audit_field_updated
			},
			values: { status: applicationStatusLabel }
		}
	}
};
