import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

const measures: Record<string, () => string> = { cumulative: m.indicators_measure_cumulative, per_period: m.indicators_measure_per_period };
const statuses: Record<string, () => string> = {
	draft: m.indicators_status_draft,
	submitted: m.indicators_status_submitted,
	approved: m.indicators_status_approved
};

/** How the audit log speaks of projects' indicators and the steps of their actuals. */
export const auditWords: AuditWords = {
	actions: {
		'project.indicator_create': m.audit_action_project_indicator_create,
		'project.indicator_actual_enter': m.audit_action_project_indicator_actual_enter,
		'project.indicator_actual_submit': m.audit_action_project_indicator_actual_submit,
		'project.indicator_actual_approve': m.audit_action_project_indicator_actual_approve,
		'project.indicator_actual_return': m.audit_action_project_indicator_actual_return
	},
	entities: {
		project_indicator: {
			label: m.audit_entity_project_indicator,
			fields: {
				projectId: m.audit_field_indicator_project_id,
				name: m.audit_field_indicator_name,
				unit: m.audit_field_indicator_unit,
				baselineValue: m.audit_field_indicator_baseline_value,
				baselineOn: m.audit_field_indicator_baseline_on,
				target: m.audit_field_indicator_target,
				measure: m.audit_field_indicator_measure,
				periods: m.audit_field_indicator_periods,
				ruleId: m.audit_field_indicator_rule_id,
				periodStartsOn: m.audit_field_indicator_period_starts_on,
				organisationId: m.audit_field_indicator_organisation_id,
				value: m.audit_field_indicator_value,
				note: m.audit_field_indicator_note,
				link: m.audit_field_indicator_link,
				status: m.audit_field_indicator_status
			},
			values: { measure: (value) => measures[value]?.(), status: (value) => statuses[value]?.() }
		}
	}
};
