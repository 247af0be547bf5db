import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { hostRoleLabel, kindLabel, meansLabel, partnerRoleLabel, socialLabel } from './space-labels.ts';
import { hostRoles, meansOfWorkKinds, projectPartnerRoles, socialNetworks, spaceKinds } from './space-enums.ts';
import { regionByCode } from '../reference/regions.ts';

/** Words for a value of a closed vocabulary, and none for any other value. */
const wordsIn =
	<Value extends string>(values: readonly Value[], label: (value: Value) => string) =>
	(value: string) =>
		(values as readonly string[]).includes(value) ? label(value as Value) : undefined;

// the profile's nested parts share field names: a means of work has a `kind` as the space does,
// a partner a `role` as a host organisation does
const kindWords = [wordsIn(spaceKinds, kindLabel), wordsIn(meansOfWorkKinds, meansLabel)];
const roleWords = [wordsIn(hostRoles, hostRoleLabel), wordsIn(projectPartnerRoles, partnerRoleLabel)];
const firstWords = (candidates: ((value: string) => string | undefined)[]) => (value: string) => candidates.map((words) => words(value)).find(Boolean);

/** How the audit log speaks of what the spaces module records. */
export const auditWords: AuditWords = {
	actions: {
		'space.create': m.audit_action_space_create,
		'space.update': m.audit_action_space_update,
		'space.rename': m.audit_action_space_rename,
		'space.archive': m.audit_action_space_archive,
		'space.restore': m.audit_action_space_restore
	},
	entities: {
		space: {
			label: m.audit_entity_space,
			fields: {
				slug: m.audit_field_space_slug,
				kind: m.audit_field_space_kind,
				name: m.audit_field_space_name,
				shortName: m.audit_field_space_short_name,
				regionCode: m.audit_field_space_region_code,
				field: m.audit_field_space_field,
				summary: m.audit_field_space_summary,
				mission: m.audit_field_space_mission,
				vision: m.audit_field_space_vision,
				socialChallenge: m.audit_field_space_social_challenge,
				purpose: m.audit_field_space_purpose,
				generalGoal: m.audit_field_space_general_goal,
				strategicGoals: m.audit_field_space_strategic_goals,
				specificGoals: m.audit_field_space_specific_goals,
				approach: m.audit_field_space_approach,
				meansOfWork: m.audit_field_space_means_of_work,
				hostOrganisations: m.audit_field_space_host_organisations,
				financers: m.audit_field_space_financers,
				// changes recorded before migration 0024 moved the profile's project into projects
				supportProject: m.audit_field_space_support_project,
				website: m.audit_field_space_website,
				socialLinks: m.audit_field_space_social_links,
				contact: m.audit_field_space_contact,
				archivedAt: m.audit_field_space_archived_at
			},
			values: {
				kind: firstWords(kindWords),
				role: firstWords(roleWords),
				network: wordsIn(socialNetworks, socialLabel),
				regionCode: (code) => regionByCode(code)?.name
			}
		}
	}
};
