import { eq } from 'drizzle-orm';
import { users } from '../auth/auth.table.ts';
import type { CommentSubject } from '../comments/comment-subjects.ts';
import { isUuid } from '../shared/uuid.ts';
import { findSpaceById } from '../spaces/space-scope.ts';
import { createPostsRepository, spaceIdOfPost } from './posts.repository.ts';
import { postPath, presentPost } from './posts.usecases.ts';

/**
 * Posts as a subject of comments: a post the public can see (published, its date come) is open for
 * comments; a draft, a scheduled or an unpublished post is no subject at all. The author is the
 * person who created it (none for the CLI and the demo); mail to them is in their language.
 */
export const postCommentSubject: CommentSubject = {
	kind: 'post',
	find: async (db, id) => {
		if (!isUuid(id)) return null;
		const spaceId = await spaceIdOfPost(db, id);
		const space = spaceId ? await findSpaceById(db, spaceId) : undefined;
		const record = space && (await createPostsRepository({ db, spaceId: space.id }).find(id));
		if (!space || !record) return null;
		const post = presentPost(record);
		if (!post.visible) return null;
		const [author] = record.row.authorUserId
			? await db.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, record.row.authorUserId))
			: [];
		return {
			spaceId: space.id,
			title: post.translations.sl.title,
			url: postPath(space.slug, post, 'sl'),
			authorEmail: author?.email ?? null,
			authorLocale: author?.locale ?? 'sl',
			open: !space.archived
		};
	}
};
