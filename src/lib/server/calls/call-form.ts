import { pickerFieldNames } from '../../components/form/organisation-picker.ts';
import { legalForms } from '../../reference/legal-forms.ts';
import { regions } from '../../reference/regions.ts';
import { dateForInput } from '../shared/calendar-date.ts';
import { formatAmount } from '../shared/amount.ts';
import type { Database } from '../db/client.ts';
import { pickOrganisation } from '../people/organisation-picker.ts';
import { isAppError } from '../shared/errors.ts';
import { isUuid } from '../shared/uuid.ts';
import { centsOfNumeric } from './calls.presenter.ts';
import type { Call } from './calls.schemas.ts';

export const funderPicker = pickerFieldNames('funder');
/** Deadline rows the form offers: the call's, and one empty to add. */
export const deadlineRowsShown = (count: number) => Math.min(Math.max(count + 1, 2), 20);

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const chosen = (data: FormData, name: string, values: readonly string[]) => values.filter((value) => data.get(`${name}.${value}`) === 'on');

/**
 * The call form as the use case reads it: empty fields left out on a new call and cleared (`null`)
 * on a change; amounts as typed, read by the use case in the form's language.
 */
export function callOfForm(data: FormData, fieldCodes: string[], { change }: { change: boolean }) {
	const optional = (name: string) => (text(data, name) ? text(data, name) : change ? null : undefined);
	const deadlines = [];
	for (let index = 0; data.has(`deadlines.${index}.date`); index++) {
		const [date, time, note] = ['date', 'time', 'note'].map((part) => text(data, `deadlines.${index}.${part}`));
		if (date || time || note) deadlines.push({ date: date!, ...(time ? { time } : {}), ...(note ? { note } : {}) });
	}
	const cofinancing = text(data, 'cofinancingRequired');
	const input: Record<string, unknown> = {
		title: { sl: text(data, 'title.sl'), ...(text(data, 'title.en') ? { en: text(data, 'title.en') } : {}) },
		link: optional('link'),
		publishedOn: optional('publishedOn'),
		reference: optional('reference'),
		deadlines,
		totalAmount: optional('totalAmount'),
		amountMin: optional('amountMin'),
		amountMax: optional('amountMax'),
		legalForms: chosen(data, 'legalForms', legalForms),
		regionCodes: chosen(
			data,
			'regionCodes',
			regions.map((region) => region.code)
		),
		fields: chosen(data, 'fields', fieldCodes),
		cofinancingRequired: cofinancing === 'yes' ? true : cofinancing === 'no' ? false : null,
		cofinancingShare: cofinancing === 'yes' ? optional('cofinancingShare') : null,
		closed: data.get('closed') === 'on'
	};
	return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/** The funder the form names: chosen (its id), else a registration number or exact name typed; the problem when none or several match. */
export async function funderOfForm(db: Database, data: FormData): Promise<{ id?: string | null; problem?: string }> {
	const picked = text(data, funderPicker.id);
	if (isUuid(picked)) return { id: picked };
	const typed = text(data, funderPicker.query);
	if (!typed) return { problem: 'problem_required' };
	try {
		return { id: (await pickOrganisation({ db, typed })).id };
	} catch (cause) {
		if (isAppError(cause)) return { problem: cause.code };
		throw cause;
	}
}

/** A stored call as the form shows it, amounts and dates written as people write them in the form's language. */
export function formOfCall(call: Call, locale: 'sl' | 'en'): Record<string, string> {
	const amount = (money: Call['totalAmount']) => (money ? formatAmount(centsOfNumeric(money.amount), locale) : '');
	const values: Record<string, string> = {
		'title.sl': call.title.sl,
		'title.en': call.title.en ?? '',
		[funderPicker.query]: call.funder?.name ?? '',
		[funderPicker.id]: call.funder?.id ?? '',
		link: call.link ?? '',
		publishedOn: dateForInput(call.publishedOn, locale),
		reference: call.reference ?? '',
		totalAmount: amount(call.totalAmount),
		amountMin: amount(call.amountMin),
		amountMax: amount(call.amountMax),
		legalForms: call.eligibility.legalForms.join(','),
		regionCodes: call.eligibility.regionCodes.join(','),
		fields: call.eligibility.fields.join(','),
		cofinancingRequired: call.cofinancing.required === true ? 'yes' : call.cofinancing.required === false ? 'no' : '',
		cofinancingShare: call.cofinancing.share ? call.cofinancing.share.replace(/\.00$/, '').replace('.', locale === 'sl' ? ',' : '.') : '',
		closed: call.closed ? 'on' : ''
	};
	call.deadlines.forEach((deadline, index) => {
		values[`deadlines.${index}.date`] = dateForInput(deadline.date, locale);
		values[`deadlines.${index}.time`] = deadline.time ? (locale === 'sl' ? deadline.time.replace(':', '.') : deadline.time) : '';
		values[`deadlines.${index}.note`] = deadline.note ?? '';
	});
	return values;
}

/** The form as sent, for showing it again: ticked choices as one comma-separated value each. */
export function sentCallValues(data: FormData, fieldCodes: string[]): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [name, value] of data.entries()) if (typeof value === 'string' && !/^(legalForms|regionCodes|fields)\./.test(name)) values[name] = value;
	values.legalForms = chosen(data, 'legalForms', legalForms).join(',');
	values.regionCodes = chosen(
		data,
		'regionCodes',
		regions.map((region) => region.code)
	).join(',');
	values.fields = chosen(data, 'fields', fieldCodes).join(',');
	return values;
}
