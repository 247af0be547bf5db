import type { AuditContext } from '../../audit/audit.usecases.ts';
import { sessionActorOf } from '../../auth/authenticate.ts';
import type { Database } from '../../db/client.ts';
import { enqueueJob, type JobHandlers } from '../../jobs/jobs.usecases.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { isAppError } from '../../shared/errors.ts';
import { organisationsPolicy } from '../organisations.policy.ts';
import type { ImportDuplicateWarning, ImportProblem, OrganisationImportRow } from '../organisations.table.ts';
import { guessMapping, resolveLayout, type ColumnMapping, type ColumnSource } from './column-mapping.ts';
import { importFileTooLarge, importInterrupted, importNotFound, importNotReady } from './import.errors.ts';
import { createImportsRepository, type ImportChanges } from './import.repository.ts';
import { importLimits } from './import.limits.ts';
import { importOrganisations } from './import.usecases.ts';
import type { CsvDialect } from './read-csv.ts';
import { readTable } from './read-file.ts';

/** Larger files are refused with a message (the HTTP server's own limit is set above this). */
export const maxImportBytes = importLimits.maxFileBytes;

export const organisationImportJobKind = 'organisation.import';

/** Imports that run at once across all processes: each holds its rows and a transaction. */
const maxRunningImports = 2;

/** Problems an import page lists; the rest are counted. */
const listedProblems = 200;

/**
 * An import as its page shows it. While it waits for the go-ahead (`previewed`), the file's header
 * and how it is read (`layout`), or why it cannot be read without a mapping (`mappingError`).
 */
export type ImportView = {
	id: string;
	status: OrganisationImportRow['status'];
	fileName: string;
	total: number;
	processed: number;
	created: number;
	updated: number;
	unchanged: number;
	problems: ImportProblem[];
	problemCount: number;
	/** Rows with a problem (a row may have several). */
	rejectedCount: number;
	/** New rows that look like organisations already in the registry (the preview's finding). */
	likelyDuplicates: ImportDuplicateWarning[];
	/** How a CSV file was read, so that people can check it: its encoding and delimiter. */
	csvDialect: CsvDialect | null;
	finishedAt: string | null;
	mapping: ColumnMapping | null;
	header: string[] | null;
	layout: { kind: 'ours' | 'ajpes' | 'mapped'; sources: ColumnSource[] } | null;
	mappingError: { code: string; details: Record<string, unknown> } | null;
	/** Our columns matched to the file's by name: where a mapping form starts. */
	suggestedMapping: ColumnMapping | null;
};

/** Stores an uploaded file and previews its import (a dry run): counts and the rejected rows. */
export async function previewImport({
	db,
	context,
	file,
	mapping
}: {
	db: Database;
	context: AuditContext;
	file: { name: string; content: Buffer };
	mapping?: ColumnMapping;
}): Promise<OrganisationImportRow> {
	authorize(organisationsPolicy, context.actor, 'import');
	if (file.content.length > maxImportBytes) throw importFileTooLarge(maxImportBytes);
	const { format } = await readTable(file);
	const row = await createImportsRepository({ db }).insert({
		status: 'previewed',
		fileName: file.name,
		format,
		mapping: mapping ?? null,
		content: file.content,
		createdBy: context.actor.kind === 'session' ? context.actor.userId : null
	});
	return dryRun(db, context, row);
}

/** Previews a stored file again, read with another column mapping. */
export async function remapImport({
	db,
	context,
	importId,
	mapping
}: {
	db: Database;
	context: AuditContext;
	importId: string;
	mapping: ColumnMapping;
}): Promise<OrganisationImportRow> {
	authorize(organisationsPolicy, context.actor, 'import');
	const row = await previewedImport(db, importId);
	return dryRun(db, context, await createImportsRepository({ db }).update(row.id, { mapping }));
}

async function previewedImport(db: Database, importId: string): Promise<OrganisationImportRow & { content: Buffer }> {
	const row = await createImportsRepository({ db }).findById(importId);
	if (!row) throw importNotFound(importId);
	if (row.status !== 'previewed' || !row.content) throw importNotReady(importId);
	return row as OrganisationImportRow & { content: Buffer };
}

/** A dry run of a stored file; a header that needs a mapping leaves the counts at zero. */
async function dryRun(db: Database, context: AuditContext, row: OrganisationImportRow): Promise<OrganisationImportRow> {
	const counts = {
		total: 0,
		processed: 0,
		created: 0,
		updated: 0,
		unchanged: 0,
		problems: [] as ImportProblem[],
		likelyDuplicates: [] as ImportDuplicateWarning[]
	};
	try {
		const result = await importOrganisations({
			db,
			context,
			file: { name: row.fileName, content: row.content! },
			mapping: row.mapping ?? undefined,
			dryRun: true
		});
		Object.assign(counts, { ...result, processed: result.total });
	} catch (error) {
		if (!isAppError(error) || !error.code.startsWith('import_mapping')) throw error;
	}
	return createImportsRepository({ db }).update(row.id, {
		total: counts.total,
		processed: counts.processed,
		created: counts.created,
		updated: counts.updated,
		unchanged: counts.unchanged,
		problems: counts.problems,
		likelyDuplicates: counts.likelyDuplicates
	});
}

/**
 * Starts a previewed import in the background. A file with rejected rows starts only when its
 * good rows are to go in alone (`skipRejected`), and only when it has good rows.
 * `startAfterMs` lets the progress page that follows render first, so that people see the
 * import from its start.
 */
export async function queueImport({
	db,
	context,
	importId,
	skipRejected = false,
	startAfterMs = 0
}: {
	db: Database;
	context: AuditContext;
	importId: string;
	skipRejected?: boolean;
	startAfterMs?: number;
}) {
	authorize(organisationsPolicy, context.actor, 'import');
	const row = await previewedImport(db, importId);
	const rejected = rejectedLines(row.problems).size;
	if (row.total === 0 || (rejected > 0 && !skipRejected) || rejected >= row.total) throw importNotReady(importId);
	return db.transaction(async (tx) => {
		const queued = await createImportsRepository({ db: tx }).update(row.id, { status: 'queued', processed: 0 });
		const runAt = new Date(Date.now() + startAfterMs);
		// one attempt: an import that stopped half-way is for its owner to look at, not to repeat
		await enqueueJob({
			db: tx,
			kind: organisationImportJobKind,
			payload: { importId: row.id, skipRejected: rejected > 0 },
			maxAttempts: 1,
			runAt,
			// one import per person at a time; the next waits in the queue
			concurrencyKey: `${organisationImportJobKind}:${row.createdBy ?? 'nobody'}`
		});
		return queued;
	});
}

/** An import and, while it waits for the go-ahead, how its file is read. */
export async function getImport({ db, actor, importId }: { db: Database; actor: Actor; importId: string }): Promise<ImportView> {
	authorize(organisationsPolicy, actor, 'import');
	const row = await createImportsRepository({ db }).findById(importId);
	if (!row) throw importNotFound(importId);
	const view: ImportView = {
		id: row.id,
		status: row.status,
		fileName: row.fileName,
		total: row.total,
		processed: row.processed,
		created: row.created,
		updated: row.updated,
		unchanged: row.unchanged,
		problems: row.problems.slice(0, listedProblems),
		problemCount: row.problems.length,
		rejectedCount: rejectedLines(row.problems).size,
		likelyDuplicates: row.likelyDuplicates.slice(0, listedProblems),
		csvDialect: null,
		finishedAt: row.finishedAt?.toISOString() ?? null,
		mapping: row.mapping,
		header: null,
		layout: null,
		mappingError: null,
		suggestedMapping: null
	};
	if (row.status !== 'previewed' || !row.content) return view;
	const { header, dialect } = await readTable({ name: row.fileName, content: row.content }, { headerOnly: true });
	view.header = header;
	view.csvDialect = dialect ?? null;
	view.suggestedMapping = guessMapping(header);
	try {
		const layout = resolveLayout(header, row.mapping ?? undefined);
		view.layout = { kind: layout.kind, sources: layout.sources };
	} catch (error) {
		if (!isAppError(error)) throw error;
		view.mappingError = { code: error.code, details: error.details ?? {} };
	}
	return view;
}

export type ImportProgressView = NonNullable<Awaited<ReturnType<ReturnType<typeof createImportsRepository>['progressOf']>>>;

/** How far an import has come (what its page polls). */
export async function getImportProgress({ db, actor, importId }: { db: Database; actor: Actor; importId: string }): Promise<ImportProgressView> {
	authorize(organisationsPolicy, actor, 'import');
	const progress = await createImportsRepository({ db }).progressOf(importId);
	if (!progress) throw importNotFound(importId);
	return progress;
}

/**
 * Runs a queued import. Progress is written as the rows go by, outside the import's transaction,
 * so other requests see it at once.
 */
export async function runQueuedImport({ db, importId, skipRejected = false }: { db: Database; importId: string; skipRejected?: boolean }): Promise<void> {
	const repository = createImportsRepository({ db });
	const row = await repository.findById(importId);
	if (!row || !row.content) return;
	// `running` here means a run that never finished: its one attempt is spent
	if (row.status === 'running') return markInterrupted(db, row.id);
	if (row.status !== 'queued') return;
	await repository.update(row.id, { status: 'running' });
	// the job runs with the rights, and in the name, of whoever started the import
	const actor = row.createdBy ? await sessionActorOf(db, row.createdBy) : undefined;
	// progress is written beside the import's transaction, never awaited inside it
	let progressWrites: Promise<unknown> = Promise.resolve();
	const onProgress = (processed: number, total: number) => {
		progressWrites = progressWrites.then(() => repository.update(row.id, { processed, total })).catch(() => undefined);
	};
	let finished: ImportChanges;
	try {
		if (!actor) throw new Error('The person who started the import no longer has an account.');
		const result = await importOrganisations({
			db,
			context: { actor, source: 'form' },
			file: { name: row.fileName, content: row.content },
			mapping: row.mapping ?? undefined,
			dryRun: false,
			skipRejected,
			onProgress,
			importId: row.id
		});
		const { total, created, updated, unchanged, problems, applied } = result;
		// the file is kept until the import has run, and while its rejected rows may be downloaded
		const keepFile = !applied || problems.length > 0;
		finished = { total, processed: total, created, updated, unchanged, problems, status: applied ? 'done' : 'failed', content: keepFile ? row.content : null };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		finished = { status: 'failed', problems: [{ line: 0, code: isAppError(error) ? error.code : 'import_failed', message }] };
	}
	await progressWrites;
	await repository.update(row.id, { ...finished, finishedAt: new Date() });
}

/** An import whose process stopped: its transaction was rolled back, so nothing was written. */
async function markInterrupted(db: Database, importId: string): Promise<void> {
	const error = importInterrupted();
	await createImportsRepository({ db }).update(importId, {
		status: 'failed',
		problems: [{ line: 0, code: error.code, message: error.message }],
		finishedAt: new Date()
	});
}

const importIdOf = (payload: unknown) => String((payload as { importId?: unknown } | null)?.importId ?? '');
const skipRejectedOf = (payload: unknown) => (payload as { skipRejected?: unknown } | null)?.skipRejected === true;

/** The lines of the rows with a problem (line 0: the file as a whole). */
export function rejectedLines(problems: ImportProblem[]): Set<number> {
	return new Set(problems.filter((problem) => problem.line > 0).map((problem) => problem.line));
}

export function importJobHandlers(db: Database): JobHandlers {
	return {
		[organisationImportJobKind]: {
			run: (payload) => runQueuedImport({ db, importId: importIdOf(payload), skipRejected: skipRejectedOf(payload) }),
			maxRunning: maxRunningImports,
			interrupted: async ({ db: tx, payload }) => {
				const row = await createImportsRepository({ db: tx }).findById(importIdOf(payload));
				if (row && (row.status === 'queued' || row.status === 'running')) await markInterrupted(tx, row.id);
			}
		}
	};
}
