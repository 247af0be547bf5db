import { formatAmount } from '../../shared/amount.ts';
import type { FundingLine, OwnFunds, ProjectMoney } from './money.schemas.ts';

/** Fields of one funding line or own-funds row in the money form, by name (`fundingLines.0.amount`). */
export const fundingLineFields = ['organisationId', 'name', 'fund', 'programme', 'priorityAxis', 'investmentPriority', 'specificObjective', 'amount'] as const;
const ownFundsFields = ['organisationId', 'name', 'amount'] as const;

/** The rows of a repeated group as sent, the empty ones (left for adding a line) dropped; empty fields are absent. */
function rowsOf(data: FormData, group: string, fields: readonly string[]): Record<string, string>[] {
	const rows: Record<string, string>[] = [];
	for (let index = 0; data.has(`${group}.${index}.amount`); index++) {
		const row = Object.fromEntries(
			fields.flatMap((field) => {
				const value = String(data.get(`${group}.${index}.${field}`) ?? '').trim();
				return value ? [[field, value]] : [];
			})
		);
		if (Object.keys(row).length > 0) rows.push(row);
	}
	return rows;
}

/**
 * The money form as the use case reads it: amounts stay as typed (the use case reads them in the
 * form's language), so a problem is reported on the field it was typed in.
 */
export function moneyOfForm(data: FormData) {
	return {
		total: String(data.get('total') ?? '').trim(),
		callId: String(data.get('callId') ?? '') || null,
		fundingLines: rowsOf(data, 'fundingLines', fundingLineFields),
		ownFunds: rowsOf(data, 'ownFunds', ownFundsFields)
	};
}

/** The stored money as the form shows it, amounts written as people write them in the form's language, and one empty row per group to add a line. */
export function formOfMoney(money: ProjectMoney, locale: 'sl' | 'en'): Record<string, string> {
	const values: Record<string, string> = { total: formatAmount(money.total?.cents, locale), callId: money.call?.id ?? '' };
	const rows = (group: string, lines: (FundingLine | OwnFunds)[], fields: readonly string[]) => {
		for (const [index, line] of [...lines, undefined].entries()) {
			for (const field of fields) {
				const stored = !line
					? ''
					: field === 'amount'
						? formatAmount(line.amount.cents, locale)
						: field === 'organisationId'
							? (line.organisation?.id ?? '')
							: field === 'name'
								? line.organisation
									? ''
									: line.name
								: String((line as Record<string, unknown>)[field] ?? '');
				values[`${group}.${index}.${field}`] = stored;
			}
		}
	};
	rows('fundingLines', money.fundingLines, fundingLineFields);
	rows('ownFunds', money.ownFunds, ownFundsFields);
	return values;
}
