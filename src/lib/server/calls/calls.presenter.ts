import { localIso, localMoment } from '../activities/local-time.ts';
import { formatAmount } from '../shared/amount.ts';
import type { ApplicationRecord, CallRecord } from './calls.repository.ts';
import type { Call, CallApplication } from './calls.schemas.ts';

/** numeric(16,2) as PostgreSQL returns it (`5726000.00`) into cents, exactly. */
export function centsOfNumeric(value: string): number {
	const [whole = '0', fraction = ''] = value.split('.');
	return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

/** Cents as numeric text, exactly: 572600000 → `5726000.00`. */
export function numericOfCents(cents: number): string {
	return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** An amount as the call states it: `5.726.000,00 EUR` in Slovenian, `EUR 5,726,000.00` in English. */
export function callAmountText(cents: number, currency: string, locale: 'sl' | 'en'): string {
	return locale === 'sl' ? `${formatAmount(cents, 'sl')} ${currency}` : `${currency} ${formatAmount(cents, 'en')}`;
}

export function presentMoney(value: string | null | undefined, currency = 'EUR') {
	if (value == null) return null;
	const cents = centsOfNumeric(value);
	return { amount: numericOfCents(cents), currency, text: { sl: callAmountText(cents, currency, 'sl'), en: callAmountText(cents, currency, 'en') } };
}

/** A deadline's moment as ISO with Ljubljana's offset; a whole day ends at 23:59. */
export const deadlineAt = (date: string, time: string | null) => localIso(localMoment(date, time ?? '23:59'));

export function presentCall({ call, terms, funder, deadlines, open }: CallRecord, now = new Date()): Call {
	const presented = deadlines.map((deadline) => ({
		date: deadline.dueOn,
		time: deadline.dueTime,
		at: deadlineAt(deadline.dueOn, deadline.dueTime),
		note: deadline.note
	}));
	const next = presented.find((deadline) => new Date(deadline.at) >= now);
	const currency = terms?.currency ?? 'EUR';
	return {
		id: call.id,
		title: call.title,
		funder,
		fund: call.fund,
		reference: call.reference,
		year: call.year,
		lot: call.lot,
		link: terms?.link ?? null,
		publishedOn: terms?.publishedOn ?? null,
		deadline: (open ? next?.at : presented.at(-1)?.at) ?? null,
		deadlines: presented,
		open,
		closed: terms?.closed ?? false,
		totalAmount: presentMoney(terms?.totalAmount, currency),
		amountMin: presentMoney(terms?.amountMin, currency),
		amountMax: presentMoney(terms?.amountMax, currency),
		eligibility: { legalForms: terms?.legalForms ?? [], regionCodes: terms?.regionCodes ?? [], fields: terms?.fields ?? [] },
		cofinancing: { required: terms?.cofinancingRequired ?? null, share: terms?.cofinancingShare ?? null },
		enteredInSpaceId: terms?.enteredInSpaceId ?? null,
		updatedAt: terms?.updatedAt.toISOString() ?? null
	};
}

export function presentApplication({ application, organisation, callTitle }: ApplicationRecord): CallApplication {
	return {
		id: application.id,
		callId: application.callId,
		callTitle,
		organisation,
		spaceId: application.spaceId,
		status: application.status,
		appliedOn: application.appliedOn,
		decidedOn: application.decidedOn,
		grantedAmount: presentMoney(application.grantedAmount),
		note: application.note,
		updatedAt: application.updatedAt.toISOString()
	};
}
