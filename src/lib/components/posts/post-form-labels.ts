import { m } from '../../paraglide/messages.js';

const fieldLabels: Record<string, () => string> = {
	kind: m.posts_field_kind,
	publishDate: m.posts_field_publish_date,
	publishTime: m.posts_field_publish_time,
	tags: m.posts_field_tags,
	projectId: m.posts_field_project,
	activityId: m.posts_field_activity,
	cover: m.posts_field_cover,
	image: m.posts_image_file,
	title: m.posts_field_title,
	slug: m.posts_field_slug,
	summary: m.posts_field_summary,
	body: m.posts_field_body,
	coverAlt: m.posts_field_cover_alt,
	coverCredit: m.posts_field_cover_credit
};

/** A field as the error summary names it: "Naslov (Angleško (neobvezno))". */
export function postFieldLabel(field: string): string {
	const [name, lang] = field.split('.');
	const label = fieldLabels[name ?? '']?.() ?? field;
	if (lang === 'sl') return `${label} (${m.posts_section_sl()})`;
	if (lang === 'en') return `${label} (${m.posts_section_en()})`;
	return label;
}

/** Words for the problems the post form names by code (beyond the shared ones). */
export const postProblemWords: Record<string, () => string> = {
	slug_format: m.posts_problem_slug_format,
	posts_problem_time: m.posts_problem_time,
	post_slug_taken: m.posts_error_slug_taken,
	post_project_unknown: m.posts_error_project_unknown,
	post_activity_unknown: m.posts_error_activity_unknown,
	post_image_too_large: m.posts_error_image_too_large,
	post_image_type: m.posts_error_image_type,
	post_image_missing: m.posts_error_image_missing
};
