import { randomUUID } from 'node:crypto';
import { and, getTableColumns, isNull, sql } from 'drizzle-orm';
import { foldText } from '../../../reference/fold-text.ts';
import { recordAudit, recordAudits, type AuditContext, type AuditedChange } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { createFieldsRepository } from '../../fields/fields.repository.ts';
import { authorize } from '../../policy/policy.ts';
import { organisationsPolicy } from '../organisations.policy.ts';
import { organisationInputOf, presentOrganisation } from '../organisations.presenter.ts';
import { createOrganisationsRepository, toOrganisationColumns } from '../organisations.repository.ts';
import { organisationInputSchema, type OrganisationInput } from '../organisations.schemas.ts';
import { organisations, type ImportDuplicateWarning, type ImportProblem, type OrganisationRow } from '../organisations.table.ts';
import { findLikelyDuplicatesOf } from '../duplicates/likely-duplicates.ts';
import { insertFromJson } from '../../db/json-recordset.ts';
import { rowsOf } from '../../db/rows.ts';
import { resolveLayout, type ColumnMapping } from './column-mapping.ts';
import { cellsAsWritten, inputOfRecord, type FileRecord } from './file-format.ts';
import { problem, problemsOfIssues } from './import.problems.ts';
import { readTable } from './read-file.ts';
import { readRegistrationNumber } from './registration-number.ts';

export type ImportResult = {
	total: number;
	created: number;
	updated: number;
	unchanged: number;
	problems: ImportProblem[];
	/** Rows with a problem (a row may have several). */
	rejected: number;
	/** On a dry run: new rows that look like organisations the registry has. */
	likelyDuplicates: ImportDuplicateWarning[];
	/** Whether the rows were written: not on a dry run; with a rejected row, only when the good rows go in alone. */
	applied: boolean;
};

export type ImportProgress = (processed: number, total: number) => void;

/** Rows validated and written per statement: big enough to be fast, well under PostgreSQL's 65,535 parameters. */
const chunkSize = 1000;

/** `branchOf`: the row is a branch of this organisation (a PRS unit number not ending in 000). */
type Row = { line: number; record: FileRecord; branchOf?: string };
type NewRow = { line: number; input: OrganisationInput };
type Update = { existing: OrganisationRow; input: OrganisationInput };
type Plan = { creates: OrganisationInput[]; updates: Update[] };

type RunState = {
	knownFields: Set<string>;
	lineOfRegistration: Map<string, number>;
	lineOfNameKey: Map<string, number>;
	problems: ImportProblem[];
	rejectedLines: Set<number>;
	newRows: NewRow[];
	created: number;
	updated: number;
	unchanged: number;
};

/** New rows checked against the registry for likely duplicates, and warnings kept, per preview. */
const maxDuplicateChecks = 20_000;
const maxDuplicateWarnings = 500;

class RejectedImport extends Error {}

/**
 * Imports organisations from a CSV, XLSX or ODS file: every row validated, upserted by
 * registration number (a row without one updates an organisation without one of the same name
 * and municipality), unchanged rows left alone. All or nothing by default: one rejected row and
 * nothing is written; with `skipRejected` the good rows are written and the rejected ones left
 * out. Writes go in one transaction, a thousand rows per statement, each audited, plus one entry
 * for the import as a whole. A dry run also lists new rows that look like organisations the
 * registry already has.
 *
 * Registration numbers of ten digits ending in `000` (a PRS main unit) are read as the
 * organisation's seven. In a register extract, a branch's number (ending otherwise) rejects its
 * row: branches are part of their organisation, not organisations of the registry.
 */
export async function importOrganisations({
	db,
	context,
	file,
	mapping,
	dryRun,
	skipRejected = false,
	onProgress,
	importId
}: {
	db: Database;
	context: AuditContext;
	file: { name: string; content: Buffer };
	mapping?: ColumnMapping;
	dryRun: boolean;
	/** Write the good rows when some are rejected (else nothing is written). */
	skipRejected?: boolean;
	onProgress?: ImportProgress;
	/** Names the import in the audit log (the stored import the browser started). */
	importId?: string;
}): Promise<ImportResult> {
	authorize(organisationsPolicy, context.actor, 'import');
	const table = await readTable(file);
	const layout = resolveLayout(table.header, mapping);
	const rows: Row[] = table.rows.map((row) => rowOf(row.line, layout.read(cellsAsWritten(table.format, row.values)), layout.kind === 'ajpes'));
	const state: RunState = {
		knownFields: await createFieldsRepository({ db }).codes(),
		lineOfRegistration: new Map(),
		lineOfNameKey: new Map(),
		problems: [],
		rejectedLines: new Set(),
		newRows: [],
		created: 0,
		updated: 0,
		unchanged: 0
	};

	async function pass(tx: Database, write: boolean) {
		onProgress?.(0, rows.length);
		for (let start = 0; start < rows.length; start += chunkSize) {
			const chunk = rows.slice(start, start + chunkSize);
			const plan = await planChunk(tx, chunk, state);
			if (write && (skipRejected || state.problems.length === 0)) await writeChunk(tx, context, plan);
			onProgress?.(start + chunk.length, rows.length);
		}
	}

	if (dryRun) {
		await pass(db, false);
	} else {
		await db
			.transaction(async (tx) => {
				await pass(tx, true);
				if (state.problems.length > 0 && !skipRejected) throw new RejectedImport();
				const summary = {
					fileName: file.name,
					total: rows.length,
					created: state.created,
					updated: state.updated,
					unchanged: state.unchanged,
					rejected: state.rejectedLines.size
				};
				await recordAudit({
					db: tx,
					context,
					change: { action: 'organisation.import', entityType: 'organisation_import', entityId: importId ?? randomUUID(), after: summary }
				});
			})
			.catch((error: unknown) => {
				if (!(error instanceof RejectedImport)) throw error;
			});
	}
	return {
		total: rows.length,
		created: state.created,
		updated: state.updated,
		unchanged: state.unchanged,
		problems: state.problems,
		rejected: state.rejectedLines.size,
		likelyDuplicates: dryRun ? await likelyDuplicatesOf(db, state.newRows) : [],
		applied: !dryRun && (skipRejected || state.problems.length === 0)
	};
}

function rowOf(line: number, record: FileRecord, fromRegister: boolean): Row {
	const reading = readRegistrationNumber(record.registration_number);
	if (reading.kind === 'main_unit') record.registration_number = reading.number;
	return { line, record, ...(reading.kind === 'branch' && fromRegister ? { branchOf: reading.organisation } : {}) };
}

/** New rows that may be organisations already in the registry, in the order of the file. */
async function likelyDuplicatesOf(db: Database, newRows: NewRow[]): Promise<ImportDuplicateWarning[]> {
	const checked = newRows.slice(0, maxDuplicateChecks);
	const found = await findLikelyDuplicatesOf({
		db,
		candidates: checked.map(({ line, input }) => ({ key: String(line), ...input }))
	});
	return checked
		.filter(({ line }) => found.has(String(line)))
		.slice(0, maxDuplicateWarnings)
		.map(({ line, input }) => ({ line, name: input.name, matches: found.get(String(line))! }));
}

const registrationOf = (record: FileRecord) => record.registration_number?.replace(/\s+/g, '') || undefined;

/** A row's problems as the preview shows them: with the value each rejected and the row's name. */
function reject(state: RunState, { line, record }: Row, problems: ImportProblem[]) {
	state.rejectedLines.add(line);
	for (const found of problems) {
		const value = found.column ? record[found.column as keyof FileRecord] : undefined;
		state.problems.push({ ...found, ...(value ? { value } : {}), ...(record.name ? { name: record.name } : {}) });
	}
}

/** Rows without a registration number match by folded name and municipality. */
function nameKeyOf(record: FileRecord): string {
	const municipality = record.municipality_code?.trim() ?? '';
	return `${foldText(record.name ?? '')}|${/^\d{1,3}$/.test(municipality) ? municipality.padStart(3, '0') : municipality}`;
}

/** Every column but the full-text vector, which is long, derived, and of no use here. */
const rowColumns = { ...getTableColumns(organisations), searchVector: sql<string | null>`null` };

/** A list as one parameter: a thousand separate ones cost the client more than the lookup costs the server. */
const anyOf = (values: string[]) => sql`(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

async function existingOf(db: Database, chunk: Row[]) {
	const given = chunk.map((row) => registrationOf(row.record)).filter((number) => number !== undefined);
	// an organisation stored with its PRS main-unit number (…000) is the one a 7-digit row names
	const numbers = [...new Set(given.flatMap((number) => (/^\d{7}$/.test(number) ? [number, `${number}000`] : [number])))];
	const names = [...new Set(chunk.filter((row) => !registrationOf(row.record)).map((row) => foldText(row.record.name ?? '')))];
	const [withNumber, withoutNumber] = await Promise.all([
		numbers.length > 0
			? db
					.select(rowColumns)
					.from(organisations)
					.where(sql`${organisations.registrationNumber} in ${anyOf(numbers)}`)
			: [],
		names.length > 0
			? db
					.select(rowColumns)
					.from(organisations)
					.where(and(isNull(organisations.registrationNumber), sql`${organisations.sortName} in ${anyOf(names)}`))
					.orderBy(organisations.id)
			: []
	]);
	const byNameKey = new Map<string, OrganisationRow>();
	for (const row of withoutNumber) {
		const key = `${row.sortName}|${row.municipalityCode ?? ''}`;
		if (!byNameKey.has(key)) byNameKey.set(key, row);
	}
	const byRegistration = new Map<string, OrganisationRow>();
	// the 7-digit number first, so that it wins over a main-unit number of the same organisation
	for (const row of withNumber.toSorted((a, b) => a.registrationNumber!.length - b.registrationNumber!.length)) {
		const number = row.registrationNumber!;
		const key = /^\d{7}000$/.test(number) ? number.slice(0, 7) : number;
		if (!byRegistration.has(key)) byRegistration.set(key, row);
	}
	return { byRegistration, byNameKey };
}

/** Validates a chunk of rows, noting problems and counts, and says what to write. */
async function planChunk(db: Database, chunk: Row[], state: RunState): Promise<Plan> {
	const existing = await existingOf(db, chunk);
	const plan: Plan = { creates: [], updates: [] };
	for (const row of chunk) {
		const { line, record } = row;
		if (row.branchOf) {
			reject(state, row, [problem(line, 'registration_number', 'registration_number_branch_unit', row.branchOf)]);
			continue;
		}
		const registration = registrationOf(record);
		const key = nameKeyOf(record);
		const seen = registration ? state.lineOfRegistration : state.lineOfNameKey;
		const earlier = seen.get(registration ?? key);
		if (earlier !== undefined) {
			const code = registration ? 'registration_number_duplicate' : 'organisation_duplicate';
			reject(state, row, [problem(line, registration ? 'registration_number' : 'name', code, String(earlier))]);
			continue;
		}
		seen.set(registration ?? key, line);

		const match = registration ? existing.byRegistration.get(registration) : existing.byNameKey.get(key);
		const raw = inputOfRecord(record, match ? organisationInputOf(match) : undefined);
		const parsed = organisationInputSchema.safeParse(raw);
		if (!parsed.success) {
			reject(state, row, problemsOfIssues(line, parsed.error.issues, raw));
			continue;
		}
		const unknownFieldProblems = unknownFieldsOf(line, parsed.data, state.knownFields);
		if (unknownFieldProblems.length > 0) {
			reject(state, row, unknownFieldProblems);
			continue;
		}
		if (!match) {
			state.created++;
			plan.creates.push(parsed.data);
			state.newRows.push({ line, input: parsed.data });
		} else if (sameColumns(match, parsed.data)) {
			state.unchanged++;
		} else {
			state.updated++;
			plan.updates.push({ existing: match, input: parsed.data });
		}
	}
	return plan;
}

function unknownFieldsOf(line: number, input: OrganisationInput, known: Set<string>): ImportProblem[] {
	const unknownOf = (codes: string[]) => [...new Set(codes.filter((code) => !known.has(code)))];
	const fields = unknownOf(input.fields);
	const publicInterest = unknownOf(input.publicInterest.map((decision) => decision.field));
	return [
		...(fields.length > 0 ? [problem(line, 'fields', 'field_unknown', fields.join(', '))] : []),
		...(publicInterest.length > 0 ? [problem(line, 'public_interest_fields', 'field_unknown', publicInterest.join(', '))] : [])
	];
}

/** Whether writing the input would change the row (derived columns included, so a stale one is refreshed). */
function sameColumns(row: OrganisationRow, input: OrganisationInput): boolean {
	const next = toOrganisationColumns(input);
	return organisationKeys.every((key) => JSON.stringify(row[key]) === JSON.stringify(next[key]));
}

/** The columns every write of an organisation sets (its own data and the derived columns). */
const organisationKeys = Object.keys(
	toOrganisationColumns({ name: '-', legalForm: 'association', aliases: [], fields: [], publicInterest: [], donationEligible: false })
) as (keyof ReturnType<typeof toOrganisationColumns>)[];

const updateFromExcluded = sql.raw(organisationKeys.map((key) => `"${organisations[key].name}" = excluded."${organisations[key].name}"`).join(', '));

/**
 * Creates and updates of a chunk in one statement: an upsert by id (new organisations get their id
 * here), then one audit entry for each.
 */
async function writeChunk(db: Database, context: AuditContext, plan: Plan) {
	const writes = [
		...plan.creates.map((input) => ({ id: randomUUID(), input, before: undefined })),
		...plan.updates.map(({ existing, input }) => ({ id: existing.id, input, before: existing }))
	].map((write) => ({ ...write, columns: toOrganisationColumns(write.input) }));
	if (writes.length === 0) return;
	const values = writes.map(({ id, columns }) => ({ id, ...columns }));
	const stamps = rowsOf<{ id: string; created_at: string | Date; updated_at: string | Date }>(
		await db.execute(sql`${insertFromJson(organisations, ['id', ...organisationKeys], values)}
			on conflict (id) do update set ${updateFromExcluded}, "updated_at" = now()
			returning id, created_at, updated_at`)
	);
	const stampOf = new Map(stamps.map((stamp) => [stamp.id, stamp]));
	const withLogo = await createOrganisationsRepository({ db }).withLogo(plan.updates.map(({ existing }) => existing.id));
	const changes: AuditedChange[] = writes.map(({ id, columns, before }) => {
		const stamp = stampOf.get(id)!;
		const row = { ...columns, id, createdAt: new Date(stamp.created_at), updatedAt: new Date(stamp.updated_at) } as OrganisationRow;
		const hasLogo = withLogo.has(id);
		return before
			? {
					action: 'organisation.update',
					entityType: 'organisation',
					entityId: id,
					before: presentOrganisation(before, hasLogo),
					after: presentOrganisation(row, hasLogo)
				}
			: { action: 'organisation.create', entityType: 'organisation', entityId: id, after: presentOrganisation(row) };
	});
	await recordAudits({ db, context, changes });
}
