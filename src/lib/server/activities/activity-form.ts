import type { FormFields } from '../../components/ui/repeating-rows.ts';
import { rowCount } from '../../components/ui/repeating-rows.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { dateForInput, toIsoDate } from '../shared/calendar-date.ts';
import type { Activity } from './activities.schemas.ts';
import type { ActivityQuestion } from './activities.table.ts';
import { localIso, localMoment, localParts, typedTime } from './local-time.ts';

/**
 * The back office's activity form as flat fields (`sessions.0.date`, `registrationQuestions.1.label.sl`)
 * and back: dates and times as people type them, in Ljubljana time, each mistake named by its field.
 */
export const activityFormSections = ['basics', 'sessions', 'organisers', 'registration', 'evaluation', 'certificate'] as const;
export type ActivityFormSection = (typeof activityFormSections)[number];

export const activityFormSection = (value: string | null | undefined): ActivityFormSection =>
	(activityFormSections as readonly string[]).includes(value ?? '') ? (value as ActivityFormSection) : 'basics';

export const activityRowLists = ['sessions', 'registrationQuestions', 'evaluationQuestions'] as const;

type Locale = 'sl' | 'en';

/** A time as the form shows it: `9.00` in Slovenian, `09:00` in English. */
const timeForInput = (time: string, locale: Locale) => (locale === 'sl' ? `${Number(time.slice(0, 2))}.${time.slice(3)}` : time);

function questionFields(prefix: string, questions: ActivityQuestion[]): FormFields {
	const fields: FormFields = {};
	questions.forEach((question, index) => {
		const p = `${prefix}.${index}`;
		fields[`${p}.id`] = question.id;
		fields[`${p}.kind`] = question.kind;
		fields[`${p}.label.sl`] = question.label.sl;
		fields[`${p}.label.en`] = question.label.en ?? '';
		if (question.required) fields[`${p}.required`] = 'on';
		fields[`${p}.options.sl`] = (question.options ?? []).map((option) => option.sl).join('\n');
		fields[`${p}.options.en`] = (question.options ?? []).map((option) => option.en ?? '').join('\n');
	});
	return fields;
}

/** The fields of the whole form, filled from the activity. */
export function activityToFields(activity: Activity, locale: Locale): FormFields {
	const closes = activity.registrationClosesAt ? localParts(new Date(activity.registrationClosesAt)) : undefined;
	const fields: FormFields = {
		'title.sl': activity.title.sl,
		'title.en': activity.title.en ?? '',
		'description.sl': activity.description?.sl ?? '',
		'description.en': activity.description?.en ?? '',
		type: activity.type,
		pillar: activity.pillar,
		projectId: activity.projectId ?? '',
		language: activity.language,
		visibility: activity.public ? 'public' : 'internal',
		capacity: activity.capacity === null ? '' : String(activity.capacity),
		registrationClosesDate: closes ? dateForInput(closes.date, locale) : '',
		registrationClosesTime: closes ? timeForInput(closes.time, locale) : '',
		certificateMinPercent: activity.certificateMinPercent === null ? '' : String(activity.certificateMinPercent),
		...(activity.evaluationAnonymous ? { evaluationAnonymous: 'on' } : {}),
		...questionFields('registrationQuestions', activity.registrationQuestions as ActivityQuestion[]),
		...questionFields('evaluationQuestions', activity.evaluationQuestions as ActivityQuestion[])
	};
	activity.sessions.forEach((session, index) => {
		const p = `sessions.${index}`;
		const starts = localParts(new Date(session.startsAt));
		const ends = localParts(new Date(session.endsAt));
		Object.assign(fields, {
			[`${p}.id`]: session.id,
			[`${p}.date`]: dateForInput(starts.date, locale),
			[`${p}.start`]: timeForInput(starts.time, locale),
			[`${p}.end`]: timeForInput(ends.time, locale),
			[`${p}.where`]: session.online ? 'online' : 'place',
			[`${p}.address`]: session.place?.address ?? '',
			[`${p}.municipalityCode`]: session.place?.municipalityCode ?? '',
			[`${p}.url`]: session.url ?? '',
			[`${p}.unnamedAttendees`]: session.unnamedAttendees ? String(session.unnamedAttendees) : ''
		});
	});
	return fields;
}

/** How many rows each list shows: those filled, and at least one. */
export function activityRowCounts(fields: FormFields): Record<string, number> {
	return Object.fromEntries(activityRowLists.map((list) => [list, Math.max(1, rowCount(fields, list))]));
}

type Problems = Record<string, string>;

const text = (sent: FormFields, name: string) => (sent[name] ?? '').trim();
const localizedOf = (sent: FormFields, name: string) => ({ sl: text(sent, `${name}.sl`), en: text(sent, `${name}.en`) || undefined });
const optionalLocalized = (sent: FormFields, name: string) => (text(sent, `${name}.sl`) || text(sent, `${name}.en`) ? localizedOf(sent, name) : null);

function calendarDay(value: string): string | undefined {
	const iso = toIsoDate(value);
	if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
	// 31. 2. is no day
	return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : undefined;
}

/** A whole number typed in a field; empty is null. */
function wholeNumber(sent: FormFields, name: string, problems: Problems, { min, max }: { min: number; max: number }): number | null {
	const value = text(sent, name).replace(/\./g, '');
	if (!value) return null;
	const number = /^\d+$/.test(value) ? Number(value) : NaN;
	if (!(number >= min && number <= max)) problems[name] = 'activities_problem_number';
	return number;
}

function rowsOf(sent: FormFields, list: string): number[] {
	return Array.from({ length: rowCount(sent, list) }, (_, index) => index).filter((index) =>
		Object.entries(sent).some(
			([field, value]) =>
				field.startsWith(`${list}.${index}.`) && !field.endsWith('.id') && !field.endsWith('.kind') && !field.endsWith('.where') && value.trim() !== ''
		)
	);
}

function sessionsOf(sent: FormFields, problems: Problems) {
	return rowsOf(sent, 'sessions').map((index) => {
		const p = `sessions.${index}`;
		const day = calendarDay(text(sent, `${p}.date`));
		if (!day) problems[`${p}.date`] = text(sent, `${p}.date`) ? 'problem_date' : 'problem_required';
		const start = typedTime(text(sent, `${p}.start`));
		if (!start) problems[`${p}.start`] = text(sent, `${p}.start`) ? 'activities_problem_time' : 'problem_required';
		const end = typedTime(text(sent, `${p}.end`));
		if (!end) problems[`${p}.end`] = text(sent, `${p}.end`) ? 'activities_problem_time' : 'problem_required';
		const online = text(sent, `${p}.where`) === 'online';
		const startsAt = day && start ? localIso(localMoment(day, start)) : '';
		const endsAt = day && end ? localIso(localMoment(day, end)) : '';
		if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt)) problems[`${p}.end`] = 'activities_problem_end_before_start';
		const code = text(sent, `${p}.municipalityCode`);
		if (online) {
			if (!text(sent, `${p}.url`)) problems[`${p}.url`] = 'activities_problem_link';
		} else {
			if (!text(sent, `${p}.address`)) problems[`${p}.address`] = 'activities_problem_address';
			if (!code) problems[`${p}.municipalityCode`] = 'activities_problem_municipality';
			else if (!municipalityByCode(code)) problems[`${p}.municipalityCode`] = 'activities_problem_municipality';
		}
		const unnamed = wholeNumber(sent, `${p}.unnamedAttendees`, problems, { min: 0, max: 1_000_000 });
		return {
			...(text(sent, `${p}.id`) ? { id: text(sent, `${p}.id`) } : {}),
			startsAt,
			endsAt,
			...(online ? { online: true, url: text(sent, `${p}.url`) } : { place: { address: text(sent, `${p}.address`), municipalityCode: code } }),
			unnamedAttendees: unnamed ?? 0
		};
	});
}

function questionsOf(sent: FormFields, list: string, problems: Problems) {
	return rowsOf(sent, list).map((index) => {
		const p = `${list}.${index}`;
		const kind = text(sent, `${p}.kind`) || 'text';
		const lines = (name: string) =>
			text(sent, name)
				.split(/\r?\n/)
				.map((line) => line.trim())
				.filter(Boolean);
		const sl = lines(`${p}.options.sl`);
		const en = lines(`${p}.options.en`);
		if (!text(sent, `${p}.label.sl`)) problems[`${p}.label.sl`] = 'problem_required';
		if (kind === 'choice' && sl.length < 2) problems[`${p}.options.sl`] = 'activities_problem_options';
		return {
			...(text(sent, `${p}.id`) ? { id: text(sent, `${p}.id`) } : {}),
			kind,
			label: localizedOf(sent, `${p}.label`),
			required: sent[`${p}.required`] === 'on',
			...(kind === 'choice' ? { options: sl.map((option, at) => ({ sl: option, en: en[at] || undefined })) } : {})
		};
	});
}

/** What one section of the form changes, and the mistakes found in it already (by form field). */
export function sectionToChange(section: ActivityFormSection, sent: FormFields): { change: Record<string, unknown>; problems: Problems } {
	const problems: Problems = {};
	switch (section) {
		case 'basics': {
			const closesDate = text(sent, 'registrationClosesDate');
			const closesTime = text(sent, 'registrationClosesTime');
			let registrationClosesAt: string | null = null;
			if (closesDate || closesTime) {
				const day = calendarDay(closesDate);
				const time = closesTime ? typedTime(closesTime) : '23:59';
				if (!day) problems.registrationClosesDate = closesDate ? 'problem_date' : 'problem_required';
				if (!time) problems.registrationClosesTime = 'activities_problem_time';
				if (day && time) registrationClosesAt = localIso(localMoment(day, time));
			}
			if (!text(sent, 'title.sl')) problems['title.sl'] = 'problem_required';
			const change = {
				title: localizedOf(sent, 'title'),
				description: optionalLocalized(sent, 'description'),
				type: text(sent, 'type'),
				pillar: text(sent, 'pillar'),
				projectId: text(sent, 'projectId') || null,
				language: text(sent, 'language') || 'sl',
				public: text(sent, 'visibility') !== 'internal',
				capacity: wholeNumber(sent, 'capacity', problems, { min: 1, max: 100_000 }),
				registrationClosesAt
			};
			return { change, problems };
		}
		case 'sessions': {
			const sessions = sessionsOf(sent, problems);
			if (sessions.length === 0) problems['sessions.0.date'] = 'activities_problem_needs_session';
			return { change: { sessions }, problems };
		}
		case 'registration':
			return { change: { registrationQuestions: questionsOf(sent, 'registrationQuestions', problems) }, problems };
		case 'evaluation':
			return {
				change: { evaluationQuestions: questionsOf(sent, 'evaluationQuestions', problems), evaluationAnonymous: sent.evaluationAnonymous === 'on' },
				problems
			};
		case 'certificate': {
			const certificateMinPercent = wholeNumber(sent, 'certificateMinPercent', problems, { min: 1, max: 100 });
			if (problems.certificateMinPercent) problems.certificateMinPercent = 'activities_problem_percent';
			return { change: { certificateMinPercent }, problems };
		}
		case 'organisers':
			return { change: {}, problems };
	}
}

/** The form field a validation issue of the use case belongs to (`sessions.0.place` → `sessions.0.address`). */
export function fieldOfIssue(path: readonly PropertyKey[]): string {
	const parts = path.map(String);
	if (parts[0] === 'sessions' && parts.length >= 3) {
		const p = `sessions.${parts[1]}`;
		const rest = parts.slice(2).join('.');
		if (rest === 'startsAt') return `${p}.start`;
		if (rest === 'endsAt') return `${p}.end`;
		if (rest.startsWith('place.municipality')) return `${p}.municipalityCode`;
		if (rest.startsWith('place')) return `${p}.address`;
		return `${p}.${rest}`;
	}
	if (parts[0] === 'registrationClosesAt') return 'registrationClosesDate';
	if ((parts[0] === 'registrationQuestions' || parts[0] === 'evaluationQuestions') && parts[2] === 'options') return `${parts[0]}.${parts[1]}.options.sl`;
	return parts.join('.') || 'form';
}
