import { create } from 'xmlbuilder2';
import type { LocalizedText } from '../../shared/localized.ts';

type XMLBuilder = ReturnType<typeof create>;

/** An organisation as IATI names it: its org-id (e.g. `SI-PRS-1234567000`) when known, and its name. */
export type IatiOrganisation = { ref: string | null; name: string };

/** IATI participating-org roles: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing. */
export type IatiParticipatingOrg = IatiOrganisation & { role: '1' | '2' | '3' | '4' };

export type IatiBudget = { periodStart: string; periodEnd: string; value: number; valueDate: string };

/** IATI transaction types: 1 Incoming funds, 2 Outgoing commitment, 3 Disbursement, 4 Expenditure, 11 Incoming commitment. */
export type IatiTransaction = {
	type: '1' | '2' | '3' | '4' | '11';
	date: string;
	value: number;
	providerOrg?: IatiOrganisation;
	receiverOrg?: IatiOrganisation;
};

export type IatiIndicatorPeriod = { start: string; end: string; target?: number; actual?: number };

/** IATI indicator measures: 1 Unit, 2 Percentage. */
export type IatiIndicator = {
	title: LocalizedText;
	measure: '1' | '2';
	ascending: boolean;
	baseline?: { year: number; isoDate?: string; value: number };
	periods: IatiIndicatorPeriod[];
};

/** IATI result types: 1 Output, 2 Outcome, 3 Impact. */
export type IatiResult = { type: '1' | '2' | '3'; title: LocalizedText; indicators: IatiIndicator[] };

/**
 * What the export knows of one project. The projects module fills identity, title, period and
 * organisations today; budgets, transactions and results are filled by the money and indicator
 * parts through `IatiActivityEnrichment` as they land.
 */
export type IatiActivityInput = {
	identifier: string;
	title: LocalizedText;
	/** Required by the schema (a general description, type 1). */
	description: LocalizedText;
	/** IATI activity status: 1 Pipeline/identification, 2 Implementation, 3 Finalisation, 4 Closed. */
	status: '1' | '2' | '3' | '4';
	plannedStart?: string | null;
	plannedEnd?: string | null;
	/** Set only once the day has come (IATI wants actual dates not in the future). */
	actualStart?: string | null;
	actualEnd?: string | null;
	participatingOrgs: IatiParticipatingOrg[];
	currency?: string;
	budgets?: IatiBudget[];
	transactions?: IatiTransaction[];
	results?: IatiResult[];
	lastUpdated: Date;
};

export type IatiReport = { reportingOrg: IatiOrganisation; generated: Date; activities: IatiActivityInput[] };

const languages = ['sl', 'en'] as const;

function narratives(parent: XMLBuilder, text: LocalizedText | string) {
	if (typeof text === 'string') {
		parent.ele('narrative').txt(text);
		return;
	}
	for (const language of languages) {
		const value = text[language]?.trim();
		// sl is the activity's default language; other languages carry xml:lang
		if (value) parent.ele('narrative', language === 'sl' ? {} : { 'xml:lang': language }).txt(value);
	}
}

function organisation(parent: XMLBuilder, name: string, org: IatiOrganisation, attributes: Record<string, string> = {}) {
	narratives(parent.ele(name, { ...(org.ref ? { ref: org.ref } : {}), ...attributes }), org.name);
}

const amount = (value: number) => value.toFixed(2);

function result(parent: XMLBuilder, data: IatiResult) {
	const element = parent.ele('result', { type: data.type, 'aggregation-status': '0' });
	narratives(element.ele('title'), data.title);
	for (const indicator of data.indicators) {
		const ind = element.ele('indicator', { measure: indicator.measure, ascending: indicator.ascending ? '1' : '0' });
		narratives(ind.ele('title'), indicator.title);
		if (indicator.baseline) {
			const { year, isoDate, value } = indicator.baseline;
			ind.ele('baseline', { year: String(year), ...(isoDate ? { 'iso-date': isoDate } : {}), value: String(value) });
		}
		for (const period of indicator.periods) {
			const p = ind.ele('period');
			p.ele('period-start', { 'iso-date': period.start });
			p.ele('period-end', { 'iso-date': period.end });
			if (period.target !== undefined) p.ele('target', { value: String(period.target) });
			if (period.actual !== undefined) p.ele('actual', { value: String(period.actual) });
		}
	}
}

function activity(parent: XMLBuilder, reportingOrg: IatiOrganisation, data: IatiActivityInput) {
	const currency = data.currency ?? 'EUR';
	const element = parent.ele('iati-activity', {
		'last-updated-datetime': data.lastUpdated.toISOString().replace(/\.\d{3}Z$/, 'Z'),
		'xml:lang': 'sl',
		'default-currency': currency
	});
	// the schema fixes the order of the children: identity, organisations, status and dates, money, results
	element.ele('iati-identifier').txt(data.identifier);
	organisation(element, 'reporting-org', reportingOrg, { type: '22' });
	narratives(element.ele('title'), data.title);
	narratives(element.ele('description', { type: '1' }), data.description);
	for (const org of data.participatingOrgs) organisation(element, 'participating-org', org, { role: org.role });
	element.ele('activity-status', { code: data.status });
	const dates: [string, string | null | undefined][] = [
		['1', data.plannedStart],
		['2', data.actualStart],
		['3', data.plannedEnd],
		['4', data.actualEnd]
	];
	for (const [type, date] of dates) if (date) element.ele('activity-date', { type, 'iso-date': date });
	for (const budget of data.budgets ?? []) {
		const b = element.ele('budget', { type: '1', status: '2' });
		b.ele('period-start', { 'iso-date': budget.periodStart });
		b.ele('period-end', { 'iso-date': budget.periodEnd });
		b.ele('value', { currency, 'value-date': budget.valueDate }).txt(amount(budget.value));
	}
	for (const transaction of data.transactions ?? []) {
		const t = element.ele('transaction');
		t.ele('transaction-type', { code: transaction.type });
		t.ele('transaction-date', { 'iso-date': transaction.date });
		t.ele('value', { currency, 'value-date': transaction.date }).txt(amount(transaction.value));
		if (transaction.providerOrg) organisation(t, 'provider-org', transaction.providerOrg);
		if (transaction.receiverOrg) organisation(t, 'receiver-org', transaction.receiverOrg);
	}
	for (const resultData of data.results ?? []) result(element, resultData);
}

/** An IATI 2.03 `iati-activities` document with one activity per project. */
export function buildIatiActivities(report: IatiReport): string {
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('iati-activities', {
		version: '2.03',
		'generated-datetime': report.generated.toISOString().replace(/\.\d{3}Z$/, 'Z')
	});
	for (const data of report.activities) activity(root, report.reportingOrg, data);
	return root.end({ prettyPrint: true });
}
