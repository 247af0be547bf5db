import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { legalFormLabel } from './registry-labels.ts';
import { regionByCode } from '../reference/regions.ts';
import { municipalityByCode } from '../reference/municipalities.ts';

/** How the audit log speaks of what the organisations module records. */
export const auditWords: AuditWords = {
	actions: {
		'organisation.create': m.audit_action_organisation_create,
		'organisation.update': m.audit_action_organisation_update,
		'organisation.import': m.audit_action_organisation_import,
		'organisation.logo_upload': m.audit_action_organisation_logo_upload,
		'organisation.logo_remove': m.audit_action_organisation_logo_remove,
		'organisation.merge': m.audit_action_organisation_merge,
		'organisation.synthetic_registry': m.audit_action_organisation_synthetic_registry
	},
	entities: {
		organisation: {
			label: m.audit_entity_organisation,
			fields: {
				name: m.audit_field_organisation_name,
				shortName: m.audit_field_organisation_short_name,
				aliases: m.audit_field_organisation_aliases,
				legalForm: m.audit_field_organisation_legal_form,
				registrationNumber: m.audit_field_organisation_registration_number,
				taxNumber: m.audit_field_organisation_tax_number,
				street: m.audit_field_organisation_street,
				postalCode: m.audit_field_organisation_postal_code,
				city: m.audit_field_organisation_city,
				municipalityCode: m.audit_field_organisation_municipality_code,
				email: m.audit_field_organisation_email,
				website: m.audit_field_organisation_website,
				fields: m.audit_field_organisation_fields,
				publicInterest: m.audit_field_organisation_public_interest,
				donationEligible: m.audit_field_organisation_donation_eligible,
				regionCode: m.audit_field_organisation_region_code,
				hasLogo: m.audit_field_organisation_has_logo,
				contentType: m.audit_field_organisation_content_type,
				bytes: m.audit_field_organisation_bytes,
				sha256: m.audit_field_organisation_sha256,
				keep: m.audit_field_organisation_keep,
				merged: m.audit_field_organisation_merged,
				organisation: m.audit_field_organisation_organisation,
				mergedId: m.audit_field_organisation_merged_id,
				moved: m.audit_field_organisation_moved,
				count: m.audit_field_organisation_count,
				seed: m.audit_field_organisation_seed,
				inserted: m.audit_field_organisation_inserted
			},
			values: { legalForm: legalFormLabel, regionCode: (code) => regionByCode(code)?.name, municipalityCode: (code) => municipalityByCode(code)?.name }
		},
		organisation_import: {
			label: m.audit_entity_organisation_import,
			fields: {
				fileName: m.audit_field_organisation_import_file_name,
				total: m.audit_field_organisation_import_total,
				created: m.audit_field_organisation_import_created,
				updated: m.audit_field_organisation_import_updated,
				unchanged: m.audit_field_organisation_import_unchanged
			}
		}
	}
};
