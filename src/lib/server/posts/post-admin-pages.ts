import { error, redirect } from '@sveltejs/kit';
import { listActivities } from '../activities/activities.usecases.ts';
import type { Database } from '../db/client.ts';
import { formValues } from '../http/forms.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '../http/page-errors.ts';
import { cliActor } from '../policy/actor.ts';
import { listProjects } from '../projects/projects.usecases.ts';
import { markdownToHtml } from '../shared/markdown.ts';
import type { SpaceRef } from '../spaces/space-scope.ts';
import { imageMarkdown, uploadPostImage } from './post-images.ts';
import { failPostForm, postInputOfForm } from './post-form.ts';
import { postsPolicy } from './posts.policy.ts';
import { changePost, createPost, getPost, removePost, setPostStatus } from './posts.usecases.ts';

/** The space of a back-office page of posts, for those who write them (others are refused before anything is looked up). */
export function postsSpaceOfPage(locals: App.Locals, slug: string): SpaceRef {
	const space = spaceForPage(locals, slug);
	authorizePage(postsPolicy, locals.actor, 'manage', { spaceId: space.id });
	return space;
}

/** The post of this space the address names. */
export async function postOfPage(db: Database, locals: App.Locals, params: { slug: string; id: string }) {
	const space = postsSpaceOfPage(locals, params.slug);
	if (!/^[0-9a-f-]{36}$/i.test(params.id)) error(404, 'Not found');
	const post = await getPost({ db, actor: locals.actor, space, postId: params.id }).catch(rethrowForPage);
	return { space, post };
}

/** What the form offers to relate a post to: the space's projects and activities (the page is for staff, who see them all). */
export async function relatedOptions(db: Database, space: SpaceRef) {
	const [projects, activities] = await Promise.all([listProjects({ db, actor: cliActor, space }), listActivities({ db, actor: cliActor, space })]);
	return {
		projects: projects.map((project) => ({ id: project.id, title: project.title })),
		activities: activities.map((activity) => ({ id: activity.id, title: activity.title, startsAt: activity.sessions[0]?.startsAt ?? null }))
	};
}

const fileOf = async (data: FormData, name: string) => {
	const file = data.get(name);
	return file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : undefined;
};

/** The rendered Markdown of both languages, for the "Preview" button (nothing is saved). */
export async function previewAction(request: Request) {
	const data = await request.formData();
	const values = formValues(data);
	return { values, preview: { sl: markdownToHtml(values['body.sl'] ?? ''), en: markdownToHtml(values['body.en'] ?? '') } };
}

/** Saves the form (a new post or a change), with a cover image if one came: refused fields come back beside their input. */
export async function saveAction({
	db,
	request,
	locals,
	space,
	postId
}: {
	db: Database;
	request: Request;
	locals: App.Locals;
	space: SpaceRef;
	postId?: string;
}) {
	const data = await request.formData();
	const values = formValues(data);
	const context = { actor: locals.actor, source: 'form' as const };
	let saved;
	try {
		const input = postInputOfForm(data);
		const cover = await fileOf(data, 'cover');
		const coverImageId = cover ? (await uploadPostImage({ db, context, space, content: cover })).imageId : undefined;
		saved = postId ? await changePost({ db, context, space, postId, input, coverImageId }) : await createPost({ db, context, space, input });
		if (!postId && coverImageId) saved = await changePost({ db, context, space, postId: saved.id, input: {}, coverImageId });
	} catch (cause) {
		return failPostForm(cause, values);
	}
	if (!postId) redirect(303, `/app/spaces/${space.slug}/posts/${saved.id}?saved=1`);
	return { saved: true };
}

export async function statusAction({
	db,
	locals,
	space,
	postId,
	status
}: {
	db: Database;
	locals: App.Locals;
	space: SpaceRef;
	postId: string;
	status: 'published' | 'unpublished';
}) {
	try {
		const post = await setPostStatus({ db, context: { actor: locals.actor, source: 'form' }, space, postId, status });
		return { status: post.visible ? 'published' : post.status === 'published' ? 'scheduled' : 'unpublished', publishAt: post.publishAt };
	} catch (cause) {
		return failPostForm(cause, {});
	}
}

export async function deleteAction({ db, locals, space, postId }: { db: Database; locals: App.Locals; space: SpaceRef; postId: string }) {
	let result;
	try {
		result = await removePost({ db, context: { actor: locals.actor, source: 'form' }, space, postId });
	} catch (cause) {
		return failPostForm(cause, {});
	}
	if (result.deleted) redirect(303, `/app/spaces/${space.slug}/posts?deleted=1`);
	return { status: 'unpublished' };
}

/** An image for the body: stored and resized; the Markdown to paste comes back. */
export async function imageAction({ db, request, locals, space }: { db: Database; request: Request; locals: App.Locals; space: SpaceRef }) {
	const data = await request.formData();
	const alt = String(data.get('imageAlt') ?? '').trim();
	try {
		const content = (await fileOf(data, 'image')) ?? new Uint8Array();
		const { path } = await uploadPostImage({ db, context: { actor: locals.actor, source: 'form' }, space, content });
		return { imageMarkdown: imageMarkdown(alt, path) };
	} catch (cause) {
		return failPostForm(cause, { imageAlt: alt }, 'image');
	}
}
