import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

/** How the audit log speaks of what the fields module records. */
export const auditWords: AuditWords = {
	actions: {
		'field_of_work.create': m.audit_action_field_of_work_create,
		'field_of_work.rename': m.audit_action_field_of_work_rename,
		'field_of_work.move': m.audit_action_field_of_work_move,
		'field_of_work.delete': m.audit_action_field_of_work_delete
	},
	entities: {
		field_of_work: {
			label: m.audit_entity_field_of_work,
			fields: {
				code: m.audit_field_field_of_work_code,
				name: m.audit_field_field_of_work_name,
				position: m.audit_field_field_of_work_position
			}
		}
	}
};
