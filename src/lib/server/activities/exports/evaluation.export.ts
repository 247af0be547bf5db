import { sql, type SQL } from 'drizzle-orm';
import { m } from '../../../paraglide/messages.js';
import type { Locale } from '../../../shared/locale.ts';
import type { Database } from '../../db/client.ts';
import type { CsvFlavour } from '../../organisations/import/export.usecases.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import type { LocalizedText } from '../../shared/localized.ts';
import { activityNotFound } from '../activities.errors.ts';
import type { ActivityQuestion } from '../activities.table.ts';
import { exportStream, type ActivityExportFormat, type Cell, type ExportColumn } from './export-stream.ts';
import { activityExportsPolicy } from './exports.policy.ts';

type Answer = string | number | boolean;

/** One evaluation response as read: who answered is only there when the evaluation was not anonymous. */
export type EvaluationRecord = { submittedAt: Date | null; person: string | null; organisation: string | null; answers: Record<string, Answer> };

type Row = Record<string, unknown>;
const rows = async (db: Database, query: SQL) => (await db.execute(query)) as unknown as Row[];

const defaultBatchSize = 1000;

const text = (value: LocalizedText, locale: Locale) => (locale === 'en' && value.en ? value.en : value.sl);

const momentFormats: Record<Locale, Intl.DateTimeFormat> = {
	sl: new Intl.DateTimeFormat('sl-SI', { day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Ljubljana' }),
	en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Ljubljana' })
};

/**
 * The questions as columns: the activity's own, then any answered question it no longer lists
 * (named by its id), so that no answer given is left out of the file.
 */
export function questionColumns(questions: ActivityQuestion[], answeredIds: string[]): ActivityQuestion[] {
	const listed = new Set(questions.map((question) => question.id));
	const unlisted = answeredIds
		.filter((id) => !listed.has(id))
		.sort()
		.map((id): ActivityQuestion => ({ id, kind: 'text', label: { sl: id }, required: false }));
	return [...questions, ...unlisted];
}

/** The columns: when it was answered, who (unless anonymous), then one per question. */
export function evaluationColumns(questions: ActivityQuestion[], anonymous: boolean, locale: Locale): ExportColumn[] {
	return [
		...(anonymous
			? []
			: [
					{ heading: m.exports_column_submitted({}, { locale }), width: 18 },
					{ heading: m.exports_column_person({}, { locale }), width: 28 },
					{ heading: m.exports_column_organisation({}, { locale }), width: 40 }
				]),
		...questions.map((question) => ({ heading: text(question.label, locale), width: question.kind === 'text' ? 50 : 14, numeric: question.kind === 'rating' }))
	];
}

const isYes = (value: Answer) => value === true || value === 'yes' || value === 'true' || value === 'da';
const isNo = (value: Answer) => value === false || value === 'no' || value === 'false' || value === 'ne';

/** One answer as a cell: a rating as its number, yes/no as words, a choice by its label, text as written. */
export function answerCell(question: ActivityQuestion, value: Answer | undefined, locale: Locale): Cell {
	if (value === undefined || value === null || value === '') return null;
	switch (question.kind) {
		case 'rating':
			return typeof value === 'number' ? value : Number.isFinite(Number(value)) ? Number(value) : String(value);
		case 'yes_no':
			if (isYes(value)) return m.exports_answer_yes({}, { locale });
			if (isNo(value)) return m.exports_answer_no({}, { locale });
			return String(value);
		case 'choice': {
			const option = typeof value === 'number' ? question.options?.[value] : undefined;
			return option ? text(option, locale) : String(value);
		}
		default:
			return String(value);
	}
}

/** One response as a row, in the columns' order. */
export function evaluationRow(record: EvaluationRecord, questions: ActivityQuestion[], anonymous: boolean, locale: Locale): Cell[] {
	return [
		...(anonymous ? [] : [record.submittedAt ? momentFormats[locale].format(record.submittedAt) : null, record.person, record.organisation]),
		...questions.map((question) => answerCell(question, record.answers[question.id], locale))
	];
}

/**
 * The responses a batch at a time by keyset. Of an anonymous evaluation neither the person nor the
 * moment of answering is read (the moment would match the registration's `evaluated_at`), and the
 * rows go in the order of their random ids, not of answering, which would give them away too.
 */
export async function* evaluationBatches(
	db: Database,
	activity: { spaceId: string; id: string; anonymous: boolean },
	batchSize = defaultBatchSize
): AsyncGenerator<EvaluationRecord[]> {
	// the moment's key as PostgreSQL writes it: a JavaScript Date would lose its microseconds
	let last: { submittedKey: string | null; id: string } | undefined;
	for (;;) {
		const found = activity.anonymous
			? await rows(
					db,
					sql`select e.id, e.answers from activity_evaluation_responses e
						where e.space_id = ${activity.spaceId} and e.activity_id = ${activity.id} ${last ? sql`and e.id > ${last.id}::uuid` : sql``}
						order by e.id limit ${batchSize}`
				)
			: await rows(
					db,
					sql`select e.id, e.submitted_at, e.submitted_at::text as submitted_key, e.answers, p.name as person, o.name as organisation
						from activity_evaluation_responses e
						left join activity_registrations r on r.space_id = e.space_id and r.id = e.registration_id
						left join people p on p.id = r.person_id
						left join organisations o on o.id = r.organisation_id
						where e.space_id = ${activity.spaceId} and e.activity_id = ${activity.id}
							${last ? sql`and (e.submitted_at, e.id) > (${last.submittedKey}::timestamptz, ${last.id}::uuid)` : sql``}
						order by e.submitted_at, e.id limit ${batchSize}`
				);
		if (found.length > 0)
			yield found.map((row) => ({
				submittedAt: activity.anonymous ? null : new Date(row.submitted_at as string | Date),
				person: activity.anonymous ? null : ((row.person as string | null) ?? null),
				organisation: activity.anonymous ? null : ((row.organisation as string | null) ?? null),
				answers: (row.answers ?? {}) as Record<string, Answer>
			}));
		if (found.length < batchSize) return;
		const row = found.at(-1)!;
		last = { id: String(row.id), submittedKey: activity.anonymous ? null : String(row.submitted_key) };
	}
}

/**
 * An activity's evaluation answers as CSV or XLSX, one row per response and one column per
 * question, streamed as read; for the space's admins and staff, checked before any byte.
 */
export async function exportEvaluation({
	db,
	actor,
	activityId,
	format,
	locale,
	flavour = 'standard',
	batchSize = defaultBatchSize
}: {
	db: Database;
	actor: Actor;
	activityId: string;
	format: ActivityExportFormat;
	locale: Locale;
	flavour?: CsvFlavour;
	batchSize?: number;
}): Promise<{ stream: ReadableStream<Uint8Array>; baseName: string }> {
	if (actor.kind === 'anonymous') authorize(activityExportsPolicy, actor, 'export');
	const [row] = await rows(
		db,
		sql`select space_id, id, title, evaluation_questions, evaluation_anonymous,
				(select coalesce(array_agg(distinct k), '{}') from activity_evaluation_responses e, jsonb_object_keys(e.answers) k
					where e.space_id = a.space_id and e.activity_id = a.id) as answered
			from activities a where a.id = ${activityId}`
	);
	if (!row) throw activityNotFound(activityId);
	authorize(activityExportsPolicy, actor, 'export', { spaceId: String(row.space_id) });
	const anonymous = Boolean(row.evaluation_anonymous);
	const questions = questionColumns((row.evaluation_questions ?? []) as ActivityQuestion[], (row.answered ?? []) as string[]);
	const activity = { spaceId: String(row.space_id), id: String(row.id), anonymous };
	async function* batches() {
		for await (const batch of evaluationBatches(db, activity, batchSize)) yield batch.map((record) => evaluationRow(record, questions, anonymous, locale));
	}
	const table = { sheetName: m.exports_sheet_evaluation({}, { locale }), columns: evaluationColumns(questions, anonymous, locale), batches: batches() };
	return { stream: exportStream(table, format, flavour), baseName: `${m.exports_file_evaluation({}, { locale })} ${text(row.title as LocalizedText, locale)}` };
}
