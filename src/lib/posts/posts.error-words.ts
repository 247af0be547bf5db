import { m } from '../paraglide/messages.js';
import type { ErrorWords } from '../shared/error-words.ts';

/** What people read for the errors of posts (posts.errors.ts). */
export const errorWords: ErrorWords = {
	post_not_found: () => m.posts_error_not_found(),
	post_slug_taken: () => m.posts_error_slug_taken(),
	post_project_unknown: () => m.posts_error_project_unknown(),
	post_activity_unknown: () => m.posts_error_activity_unknown(),
	post_image_too_large: () => m.posts_error_image_too_large(),
	post_image_type: () => m.posts_error_image_type(),
	post_image_missing: () => m.posts_error_image_missing(),
	post_image_not_found: () => m.posts_error_image_not_found()
};
