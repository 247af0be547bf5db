import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	indicator_not_found: () => m.error_indicator_not_found(),
	indicator_actual_not_found: () => m.error_indicator_actual_not_found(),
	indicator_period_unknown: () => m.error_indicator_period_unknown(),
	indicator_computed: () => m.error_indicator_computed(),
	indicator_rule_unknown: () => m.error_indicator_rule_unknown(),
	indicator_partner_not_in_project: () => m.error_indicator_partner_not_in_project(),
	indicator_actual_step: () => m.error_indicator_actual_step()
};
