import { m } from '../paraglide/messages.js';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

/** What people read for the errors of activities (activities.errors.ts). */
export const errorWords: ErrorWords = {
	activity_not_found: () => m.activities_error_not_found(),
	activity_slug_taken: (details) => m.activities_error_slug_taken({ slug: textOf(details.slug) }),
	activity_type_unknown: (details) => m.activities_error_type_unknown({ type: textOf(details.type) }),
	activity_project_unknown: () => m.activities_error_project_unknown(),
	activity_organiser_unknown: () => m.activities_error_organiser_unknown(),
	activity_session_unknown: () => m.activities_error_session_unknown(),
	activity_type_taken: (details) => m.activities_error_type_taken({ code: textOf(details.code) })
};
