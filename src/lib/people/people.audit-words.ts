import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { consentPurposeLabel } from './people-labels.ts';

/** How the audit log speaks of what the people module records. */
export const auditWords: AuditWords = {
	actions: {
		'person.create': m.audit_action_person_create,
		'person.update': m.audit_action_person_update,
		'person.affiliation_add': m.audit_action_person_affiliation_add,
		'person.affiliation_end': m.audit_action_person_affiliation_end,
		'person.consent': m.audit_action_person_consent,
		'person.export': m.audit_action_person_export,
		'person.erase': m.audit_action_person_erase
	},
	entities: {
		person: {
			label: m.audit_entity_person,
			fields: {
				name: m.audit_field_person_name,
				email: m.audit_field_person_email,
				phone: m.audit_field_person_phone,
				affiliations: m.audit_field_person_affiliations,
				consents: m.audit_field_person_consents,
				affiliationId: m.audit_field_person_affiliation_id,
				organisationId: m.audit_field_person_organisation_id,
				role: m.audit_field_person_role,
				since: m.audit_field_person_since,
				until: m.audit_field_person_until,
				purpose: m.audit_field_person_purpose,
				granted: m.audit_field_person_granted,
				erased: m.audit_field_person_erased
			},
			values: { purpose: consentPurposeLabel }
		}
	}
};
