import { and, eq } from 'drizzle-orm';
import type { DemoLoad, DemoLoaded } from '../../manifest/manifest.ts';
import { projects } from '../../projects/projects.table.ts';
import { findSpace } from '../../spaces/space-scope.ts';
import { createPostsRepository } from '../posts.repository.ts';
import { createPost } from '../posts.usecases.ts';
import { demoPosts } from './demo-posts.ts';

/**
 * The demo spaces' posts, published on the days the seeds name. A space that is not there is
 * passed over; a post whose address the space already uses is left as it is (a second load adds nothing).
 */
export async function loadDemoPosts({ db, context }: DemoLoad): Promise<DemoLoaded> {
	const created: string[] = [];
	const skipped: string[] = [];
	for (const [slug, posts] of Object.entries(demoPosts)) {
		const space = await findSpace(db, slug);
		if (!space) continue;
		const repository = createPostsRepository({ db, spaceId: space.id });
		for (const post of posts) {
			const name = `${slug}: post ${post.sl.slug}`;
			if (await repository.slugTaken('sl', post.sl.slug)) {
				skipped.push(name);
				continue;
			}
			const [project] = post.project
				? await db
						.select({ id: projects.id })
						.from(projects)
						.where(and(eq(projects.spaceId, space.id), eq(projects.slug, post.project)))
				: [];
			await createPost({
				db,
				context,
				space,
				input: {
					kind: post.kind,
					publishAt: post.publishAt,
					status: 'published',
					tags: post.tags,
					projectId: project?.id ?? null,
					coverCredit: post.coverCredit ?? null,
					translations: { sl: post.sl, en: post.en ?? null }
				}
			});
			created.push(name);
		}
	}
	return { created, skipped };
}
