import { fail } from '@sveltejs/kit';
import { ZodError } from 'zod';
import { localIso, localMoment, localParts, typedTime } from '../activities/local-time.ts';
import { dateForInput, toIsoDate } from '../shared/calendar-date.ts';
import { failForm } from '../http/forms.ts';
import { problemOfIssue } from '../../shared/form-problems.ts';
import { httpStatusOf, isAppError } from '../shared/errors.ts';
import type { Post } from './posts.schemas.ts';

const text = (data: FormData, name: string) => {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
};

/** A pair of one-line fields (`coverAlt.sl`, `coverAlt.en`): none when Slovenian is empty and English too. */
function pair(data: FormData, name: string) {
	const sl = text(data, `${name}.sl`).trim();
	const en = text(data, `${name}.en`).trim();
	if (!sl && !en) return null;
	return { sl, ...(en && { en }) };
}

function words(data: FormData, locale: 'sl' | 'en') {
	const title = text(data, `title.${locale}`);
	const body = text(data, `body.${locale}`);
	const summary = text(data, `summary.${locale}`);
	const slug = text(data, `slug.${locale}`).trim();
	if (locale === 'en' && !title.trim() && !body.trim() && !summary.trim() && !slug) return null;
	return { title, summary, body, ...(slug && { slug }) };
}

/**
 * The post form as the use cases take it. The date and time are typed as people write them
 * (`21. 12. 2021`, `9.00`) in Ljubljana's time; a date or time that is none is refused beside its field.
 */
export function postInputOfForm(data: FormData) {
	const issues: ZodError['issues'] = [];
	const date = toIsoDate(text(data, 'publishDate'));
	const time = text(data, 'publishTime').trim() ? typedTime(text(data, 'publishTime')) : '09:00';
	const validDate =
		typeof date === 'string' &&
		/^\d{4}-\d{2}-\d{2}$/.test(date) &&
		!Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
		new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
	if (!validDate)
		issues.push({ code: 'custom', path: ['publishDate'], message: text(data, 'publishDate').trim() ? 'problem_date' : 'problem_required', input: undefined });
	if (!time) issues.push({ code: 'custom', path: ['publishTime'], message: 'posts_problem_time', input: undefined });
	if (issues.length > 0) throw new ZodError(issues);
	const tags = text(data, 'tags')
		.split(',')
		.map((tag) => tag.trim())
		.filter(Boolean);
	return {
		kind: text(data, 'kind'),
		publishAt: localIso(localMoment(date as string, time)),
		translations: { sl: words(data, 'sl')!, en: words(data, 'en') },
		tags,
		projectId: text(data, 'projectId') || null,
		activityId: text(data, 'activityId') || null,
		coverAlt: pair(data, 'coverAlt'),
		coverCredit: pair(data, 'coverCredit')
	};
}

/** The form's field for a path of the input (`translations.sl.title` → `title.sl`). */
function fieldOf(path: PropertyKey[]): string {
	const [first, second, third] = path.map(String);
	if (first === 'translations' && second && third) return `${third}.${second}`;
	if (first === 'translations' && second) return `title.${second}`;
	if (first === 'publishAt') return 'publishDate';
	if (first === 'tags') return 'tags';
	return path.map(String).join('.') || 'form';
}

/** A refused post form: each problem beside its field; an image's problem beside the file input. */
export function failPostForm(cause: unknown, values: Record<string, string>, fileField = 'cover') {
	if (cause instanceof ZodError) {
		const errors: Record<string, string> = {};
		for (const issue of cause.issues) errors[fieldOf(issue.path)] ??= problemOfIssue(issue);
		return fail(400, { values, errors });
	}
	if (isAppError(cause) && cause.code.startsWith('post_image_')) return fail(httpStatusOf(cause), { values, errors: { [fileField]: cause.code } });
	if (isAppError(cause) && cause.code === 'post_slug_taken') {
		const locale = cause.details?.locale === 'en' ? 'en' : 'sl';
		return fail(409, { values, errors: { [`slug.${locale}`]: cause.code } });
	}
	if (isAppError(cause) && cause.code === 'post_project_unknown') return fail(400, { values, errors: { projectId: cause.code } });
	if (isAppError(cause) && cause.code === 'post_activity_unknown') return fail(400, { values, errors: { activityId: cause.code } });
	return failForm(cause, values);
}

/** A stored post as the edit form shows it. */
export function formValuesOfPost(post: Post, locale: 'sl' | 'en'): Record<string, string> {
	const { date, time } = localParts(new Date(post.publishAt));
	const values: Record<string, string> = {
		kind: post.kind,
		publishDate: dateForInput(date, locale),
		publishTime: locale === 'sl' ? time.replace(':', '.') : time,
		tags: post.tags.join(', '),
		projectId: post.projectId ?? '',
		activityId: post.activityId ?? '',
		'coverAlt.sl': post.cover?.alt?.sl ?? '',
		'coverAlt.en': post.cover?.alt?.en ?? '',
		'coverCredit.sl': post.cover?.credit?.sl ?? '',
		'coverCredit.en': post.cover?.credit?.en ?? ''
	};
	for (const lang of ['sl', 'en'] as const) {
		const words = post.translations[lang];
		for (const field of ['title', 'slug', 'summary', 'body'] as const) values[`${field}.${lang}`] = words?.[field] ?? '';
	}
	return values;
}
