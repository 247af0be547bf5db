import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import { formatMoney } from '../shared/format.ts';
import type { ErrorWords } from '../shared/error-words.ts';

const euros = (cents: unknown) => formatMoney(Number(cents), 'EUR', getLocale());

export const errorWords: ErrorWords = {
	project_money_totals_mismatch: ({ sourcesCents, totalCents }) =>
		m.error_project_money_totals_mismatch({ sources: euros(sourcesCents), total: euros(totalCents) }),
	public_call_not_found: () => m.error_public_call_not_found()
};
