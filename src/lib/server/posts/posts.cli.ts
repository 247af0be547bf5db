import { readFile } from 'node:fs/promises';
import type { CliCommand } from '../manifest/manifest.ts';
import { UsageError } from '../manifest/usage-error.ts';
import { cliActor } from '../policy/actor.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';
import { createPost, listPosts } from './posts.usecases.ts';

const spaceOption = (options: Record<string, string | boolean | undefined>) => {
	const slug = options.space;
	if (typeof slug !== 'string' || !slug) throw new UsageError('Name the space: --space SLUG');
	return slug;
};

/** `posts:create --space SLUG --file post.json`: adds a post in the API's shape, as POST /api/v1/spaces/{slug}/posts does. */
export const createPostCommand: CliCommand = {
	summary: "Add a post to a space from a JSON file in the API's shape (kind, publishAt, translations …)",
	usage: '--space SLUG --file post.json',
	options: { space: { type: 'string' }, file: { type: 'string' } },
	run: async ({ database, options }) => {
		const slug = spaceOption(options);
		if (typeof options.file !== 'string' || !options.file) throw new UsageError('Name the file of the post: --file post.json');
		let input: unknown;
		try {
			input = JSON.parse(await readFile(options.file, 'utf8'));
		} catch (cause) {
			throw new UsageError(`${options.file} is not a readable JSON file (${(cause as Error).message})`);
		}
		const space = await findSpaceRef(database.db, slug);
		const post = await createPost({ db: database.db, context: { actor: cliActor, source: 'cli' }, space, input });
		console.log(`added ${post.translations.sl.slug} (${post.id}) as ${post.status}`);
	}
};

/** `posts:list --space SLUG`: a space's posts, one a line: id, publish date, status, kind, address, title. */
export const listPostsCommand: CliCommand = {
	summary: 'List the posts of a space (drafts too), newest first',
	usage: '--space SLUG [--status draft|published|unpublished] [--kind news|announcement|report] [--tag TAG]',
	options: { space: { type: 'string' }, status: { type: 'string' }, kind: { type: 'string' }, tag: { type: 'string' } },
	run: async ({ database, options }) => {
		const space = await findSpaceRef(database.db, spaceOption(options));
		const query = Object.fromEntries(['status', 'kind', 'tag'].flatMap((name) => (typeof options[name] === 'string' ? [[name, options[name]]] : [])));
		const posts = await listPosts({ db: database.db, actor: cliActor, space, query });
		for (const post of posts) {
			console.log([post.id, post.publishAt.slice(0, 10), post.status, post.kind, post.translations.sl.slug, post.translations.sl.title].join('\t'));
		}
		if (posts.length === 0) console.log('no posts');
	}
};
