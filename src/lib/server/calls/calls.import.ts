import { ZodError } from 'zod';
import { m } from '../../paraglide/messages.js';
import { foldText } from '../../reference/fold-text.ts';
import { legalForms } from '../../reference/legal-forms.ts';
import { regions } from '../../reference/regions.ts';
import type { AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { createFieldsRepository } from '../fields/fields.repository.ts';
import { readTable } from '../organisations/import/read-file.ts';
import { pickOrganisation } from '../people/organisation-picker.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { isAppError } from '../shared/errors.ts';
import { toIsoDate } from '../shared/calendar-date.ts';
import { isoDateSchema } from '../shared/localized.ts';
import { callImportHasProblems } from './calls.errors.ts';
import { callsPolicy } from './calls.policy.ts';
import { callInputSchema, type Call, type CallInput } from './calls.schemas.ts';

/** A zod issue's problem code, as the forms name it (a custom issue's message, else `invalid_<code>`). */
const problemOfIssue = (issue: { code: string; message: string }) =>
	issue.code === 'custom' && /^[a-z][a-z0-9_]*$/.test(issue.message) ? issue.message : `invalid_${issue.code}`;
import { actingSpaceId, insertParsedCall } from './calls.usecases.ts';

/** Our columns and the headers people give them in a list kept in Excel (folded: case and diacritics aside). */
const columns = {
	title: ['naziv razpisa', 'naziv', 'razpis', 'title', 'call'],
	titleEn: ['naziv v anglescini', 'naziv anglesko', 'angleski naziv', 'title english', 'english title'],
	funder: ['financer', 'financer maticna stevilka', 'razpisovalec', 'funder'],
	deadlines: ['rok za oddajo', 'rok', 'roki', 'roki za oddajo', 'deadline', 'deadlines'],
	totalAmount: ['skupna vrednost', 'vrednost', 'vrednost razpisa', 'total amount', 'total'],
	amountMin: ['najnizji znesek', 'min znesek na projekt', 'najmanj na projekt', 'minimum per project', 'amount min'],
	amountMax: ['najvisji znesek', 'max znesek na projekt', 'najvec na projekt', 'maximum per project', 'amount max'],
	link: ['povezava', 'link', 'url', 'spletna stran'],
	publishedOn: ['objavljeno', 'datum objave', 'objava', 'published'],
	regionCodes: ['regije', 'regija', 'regions', 'region'],
	fields: ['podrocja', 'podrocje', 'fields', 'fields of work'],
	legalForms: ['pravne oblike', 'pravnoorganizacijske oblike', 'upravicenci', 'legal forms'],
	cofinancing: ['sofinanciranje', 'delez sofinanciranja', 'lastni delez', 'co financing', 'cofinancing']
} as const;
type Column = keyof typeof columns;

/** A rejected row's problem: its line in the file, the column (its header as the file has it), a code and the value. */
export type CallImportProblem = { line: number; column?: string; code: string; value?: string };
export type CallImportRow = { line: number; title: string; funder: string | null; deadlines: string[]; totalAmount: string | null };
export type CallImportPreview = { rows: CallImportRow[]; problems: CallImportProblem[]; missingColumns: string[] };

const list = (text: string) =>
	text
		.split(/[;,\n]/)
		.map((part) => part.trim())
		.filter(Boolean);

/** `31. 1. 2027`, `31.01.2027 ob 12.00`, `2027-01-31 12:00`, several separated by `;` or new lines. */
function deadlinesOf(text: string): { date: string; time?: string }[] | undefined {
	const parts = text
		.split(/[;\n]|\s+in\s+/)
		.map((part) => part.trim())
		.filter(Boolean);
	const parsed = parts.map((part) => {
		const match = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\.\s*\d{1,2}\.\s*\d{4})\.?(?:,?\s*(?:ob|at|do|T)?\s*(\d{1,2})(?:[.:h](\d{2}))?\s*(?:h|uri|ure)?)?$/i.exec(part);
		if (!match) return undefined;
		const date = toIsoDate(match[1]!.trim());
		if (typeof date !== 'string' || !isoDateSchema.safeParse(date).success) return undefined;
		return match[2] ? { date, time: `${match[2].padStart(2, '0')}:${match[3] ?? '00'}` } : { date };
	});
	return parsed.every(Boolean) ? (parsed as { date: string; time?: string }[]) : undefined;
}

type Lookups = { fields: Map<string, string>; regions: Map<string, string>; legalForms: Map<string, string> };

async function lookups(db: Database): Promise<Lookups> {
	const fields = new Map<string, string>();
	for (const field of await createFieldsRepository({ db }).list()) {
		fields.set(foldText(field.code), field.code);
		fields.set(foldText(field.name.sl), field.code);
		if (field.name.en) fields.set(foldText(field.name.en), field.code);
	}
	const regionMap = new Map(regions.flatMap((region) => [[foldText(region.name), region.code] as const, [foldText(region.code), region.code] as const]));
	const legalFormLabels: Record<string, () => string> = Object.fromEntries(
		legalForms.map((form) => [form, (m as Record<string, unknown>)[`legal_form_${form}`] as () => string])
	);
	const legalFormMap = new Map<string, string>();
	for (const form of legalForms) {
		legalFormMap.set(foldText(form), form);
		for (const locale of ['sl', 'en'] as const) {
			const label = (legalFormLabels[form] as unknown as (input: object, options: { locale: string }) => string)({}, { locale });
			legalFormMap.set(foldText(label), form);
		}
	}
	return { fields, regions: regionMap, legalForms: legalFormMap };
}

/**
 * Reads a list of calls (CSV in UTF-8 or Windows-1250 as Excel writes it, or XLSX) into calls, each
 * row checked on its own: the problems name the line and the column, as the organisations' import
 * does. Nothing is written.
 */
async function readCalls(db: Database, file: { name: string; content: Buffer }) {
	const table = await readTable(file);
	const folded = table.header.map((name) => foldText(name));
	const indexOf = Object.fromEntries(
		(Object.keys(columns) as Column[]).map((column) => [column, folded.findIndex((name) => (columns[column] as readonly string[]).includes(name))])
	) as Record<Column, number>;
	const missingColumns = (['title', 'funder', 'deadlines'] as const).filter((column) => indexOf[column] < 0).map((column) => columns[column][0]);
	const problems: CallImportProblem[] = [];
	const parsed: { line: number; call: CallInput; funderName: string | null }[] = [];
	if (missingColumns.length) return { parsed, problems, missingColumns, table };
	const known = await lookups(db);

	for (const row of table.rows) {
		const cell = (column: Column) => (indexOf[column] >= 0 ? (row.values[indexOf[column]] ?? '').trim() : '');
		const header = (column: Column) => table.header[indexOf[column]];
		const rowProblems: CallImportProblem[] = [];
		const problem = (column: Column, code: string) => rowProblems.push({ line: row.line, column: header(column), code, value: cell(column) });
		if ((Object.keys(columns) as Column[]).every((column) => cell(column) === '')) continue;

		let funder: { id: string; name: string } | undefined;
		if (!cell('funder')) problem('funder', 'problem_required');
		else {
			try {
				funder = await pickOrganisation({ db, typed: cell('funder') });
			} catch (cause) {
				if (!isAppError(cause)) throw cause;
				problem('funder', cause.code);
			}
		}
		const deadlines = cell('deadlines') ? deadlinesOf(cell('deadlines')) : [];
		if (!cell('deadlines')) problem('deadlines', 'problem_required');
		else if (!deadlines) problem('deadlines', 'date_format');

		const mapped = (column: Column, map: Map<string, string>) => {
			const values = list(cell(column));
			const codes = values.map((value) => map.get(foldText(value)));
			if (codes.some((code) => !code)) problem(column, 'unknown_value');
			return codes.filter((code): code is string => Boolean(code));
		};
		const cofinancing = cell('cofinancing');
		const share = /\d/.test(cofinancing) ? cofinancing : undefined;
		const required =
			cofinancing === '' ? undefined : share ? true : /^(da|yes|ja|true)$/i.test(cofinancing) ? true : /^(ne|no|false)$/i.test(cofinancing) ? false : null;
		if (required === null) problem('cofinancing', 'unknown_value');

		const input = {
			title: { sl: cell('title'), ...(cell('titleEn') ? { en: cell('titleEn') } : {}) },
			funderOrganisationId: funder?.id,
			deadlines: deadlines ?? [],
			...(cell('link') ? { link: cell('link') } : {}),
			...(cell('publishedOn') ? { publishedOn: cell('publishedOn') } : {}),
			...(cell('totalAmount') ? { totalAmount: cell('totalAmount') } : {}),
			...(cell('amountMin') ? { amountMin: cell('amountMin') } : {}),
			...(cell('amountMax') ? { amountMax: cell('amountMax') } : {}),
			regionCodes: mapped('regionCodes', known.regions),
			fields: mapped('fields', known.fields),
			legalForms: mapped('legalForms', known.legalForms),
			...(required !== undefined && required !== null ? { cofinancingRequired: required } : {}),
			...(share ? { cofinancingShare: share } : {})
		};
		const result = callInputSchema('sl').safeParse(input);
		if (!result.success) {
			const byPath: Record<string, Column> = {
				title: 'title',
				link: 'link',
				publishedOn: 'publishedOn',
				totalAmount: 'totalAmount',
				amountMin: 'amountMin',
				amountMax: 'amountMax',
				cofinancingShare: 'cofinancing'
			};
			for (const issue of (result.error as ZodError).issues) {
				const column = byPath[String(issue.path[0])];
				if (column && !rowProblems.some((known) => known.column === header(column))) problem(column, problemOfIssue(issue));
				else if (!column && String(issue.path[0]) !== 'deadlines') rowProblems.push({ line: row.line, code: problemOfIssue(issue) });
			}
		}
		problems.push(...rowProblems);
		if (result.success && rowProblems.length === 0) parsed.push({ line: row.line, call: result.data, funderName: funder?.name ?? null });
	}
	return { parsed, problems, missingColumns, table };
}

/** What an import of the file would do: its calls, and the problems of each row (staff of any space). */
export async function previewCallsImport({
	db,
	actor,
	file
}: {
	db: Database;
	actor: Actor;
	file: { name: string; content: Buffer };
}): Promise<CallImportPreview> {
	authorize(callsPolicy, actor, 'manage');
	const { parsed, problems, missingColumns } = await readCalls(db, file);
	return {
		rows: parsed.map(({ line, call, funderName }) => ({
			line,
			title: call.title.sl,
			funder: funderName,
			deadlines: (call.deadlines ?? []).map((deadline) => (deadline.time ? `${deadline.date} ${deadline.time}` : deadline.date)),
			totalAmount: call.totalAmount == null ? null : String(call.totalAmount)
		})),
		problems,
		missingColumns
	};
}

/**
 * Imports the calls of a file in one transaction: a file with a problem in any row imports nothing
 * (the preview says which), so no list is ever half-imported. Each call is audited.
 */
export async function importCalls({
	db,
	context,
	file,
	spaceId
}: {
	db: Database;
	context: AuditContext;
	file: { name: string; content: Buffer };
	spaceId?: string | null;
}): Promise<Call[]> {
	authorize(callsPolicy, context.actor, 'manage');
	const { parsed, problems, missingColumns } = await readCalls(db, file);
	if (problems.length || missingColumns.length) throw callImportHasProblems(problems.length + missingColumns.length);
	// the space whose staff imports the list, when they keep one
	const enteredIn = spaceId === undefined ? await actingSpaceId(db, context.actor, undefined, false) : spaceId;
	return db.transaction(async (tx) => {
		const created: Call[] = [];
		for (const { call } of parsed) created.push(await insertParsedCall(tx, context, call, enteredIn));
		return created;
	});
}
