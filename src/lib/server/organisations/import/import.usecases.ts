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
import { organisations, type ImportProblem, type OrganisationRow } from '../organisations.table.ts';
import { insertFromJson } from '../../db/json-recordset.ts';
import { rowsOf } from '../../db/rows.ts';
import { resolveLayout, type ColumnMapping } from './column-mapping.ts';
import { cellsAsWritten, inputOfRecord, type FileRecord } from './file-format.ts';
import { problem, problemsOfIssues } from './import.problems.ts';
import { readTable } from './read-file.ts';

export type ImportResult = {
	total: number;
	created: number;
	updated: number;
	unchanged: number;
	problems: ImportProblem[];
	/** Whether the rows were written: not on a dry run, never when a row was rejected. */
	applied: boolean;
};

export type ImportProgress = (processed: number, total: number) => void;

/** Rows validated and written per statement: big enough to be fast, well under PostgreSQL's 65,535 parameters. */
const chunkSize = 1000;

type Row = { line: number; record: FileRecord };
type Update = { existing: OrganisationRow; input: OrganisationInput };
type Plan = { creates: OrganisationInput[]; updates: Update[] };

type RunState = {
	knownFields: Set<string>;
	lineOfRegistration: Map<string, number>;
	lineOfNameKey: Map<string, number>;
	problems: ImportProblem[];
	created: number;
	updated: number;
	unchanged: number;
};

class RejectedImport extends Error {}

/**
 * Imports organisations from a CSV or XLSX file: every row validated, upserted by registration
 * number (a row without one updates an organisation without one of the same name and
 * municipality), unchanged rows left alone. All or nothing: one rejected row and nothing is
 * written. Writes go in one transaction, a thousand rows per statement, each audited, plus one
 * entry for the import as a whole.
 */
export async function importOrganisations({
	db,
	context,
	file,
	mapping,
	dryRun,
	onProgress,
	importId
}: {
	db: Database;
	context: AuditContext;
	file: { name: string; content: Buffer };
	mapping?: ColumnMapping;
	dryRun: boolean;
	onProgress?: ImportProgress;
	/** Names the import in the audit log (the stored import the browser started). */
	importId?: string;
}): Promise<ImportResult> {
	authorize(organisationsPolicy, context.actor, 'import');
	const table = await readTable(file);
	const layout = resolveLayout(table.header, mapping);
	const rows: Row[] = table.rows.map((row) => ({ line: row.line, record: layout.read(cellsAsWritten(table.format, row.values)) }));
	const state: RunState = {
		knownFields: await createFieldsRepository({ db }).codes(),
		lineOfRegistration: new Map(),
		lineOfNameKey: new Map(),
		problems: [],
		created: 0,
		updated: 0,
		unchanged: 0
	};

	async function pass(tx: Database, write: boolean) {
		onProgress?.(0, rows.length);
		for (let start = 0; start < rows.length; start += chunkSize) {
			const chunk = rows.slice(start, start + chunkSize);
			const plan = await planChunk(tx, chunk, state);
			if (write && state.problems.length === 0) await writeChunk(tx, context, plan);
			onProgress?.(start + chunk.length, rows.length);
		}
	}

	if (dryRun) {
		await pass(db, false);
	} else {
		await db
			.transaction(async (tx) => {
				await pass(tx, true);
				if (state.problems.length > 0) throw new RejectedImport();
				const summary = { fileName: file.name, total: rows.length, created: state.created, updated: state.updated, unchanged: state.unchanged };
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
		applied: !dryRun && state.problems.length === 0
	};
}

const registrationOf = (record: FileRecord) => record.registration_number?.replace(/\s+/g, '') || undefined;

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
	const numbers = [...new Set(chunk.map((row) => registrationOf(row.record)).filter((number) => number !== undefined))];
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
	return { byRegistration: new Map(withNumber.map((row) => [row.registrationNumber!, row])), byNameKey };
}

/** Validates a chunk of rows, noting problems and counts, and says what to write. */
async function planChunk(db: Database, chunk: Row[], state: RunState): Promise<Plan> {
	const existing = await existingOf(db, chunk);
	const plan: Plan = { creates: [], updates: [] };
	for (const { line, record } of chunk) {
		const registration = registrationOf(record);
		const key = nameKeyOf(record);
		const seen = registration ? state.lineOfRegistration : state.lineOfNameKey;
		const earlier = seen.get(registration ?? key);
		if (earlier !== undefined) {
			const code = registration ? 'registration_number_duplicate' : 'organisation_duplicate';
			state.problems.push(problem(line, registration ? 'registration_number' : 'name', code, `line ${earlier}`));
			continue;
		}
		seen.set(registration ?? key, line);

		const match = registration ? existing.byRegistration.get(registration) : existing.byNameKey.get(key);
		const raw = inputOfRecord(record, match ? organisationInputOf(match) : undefined);
		const parsed = organisationInputSchema.safeParse(raw);
		if (!parsed.success) {
			state.problems.push(...problemsOfIssues(line, parsed.error.issues, raw));
			continue;
		}
		const unknownFieldProblems = unknownFieldsOf(line, parsed.data, state.knownFields);
		if (unknownFieldProblems.length > 0) {
			state.problems.push(...unknownFieldProblems);
			continue;
		}
		if (!match) {
			state.created++;
			plan.creates.push(parsed.data);
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
