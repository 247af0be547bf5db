import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { ZodError } from 'zod';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { imageTypeOf } from '../../organisations/logo/logo.content.ts';
import { isAppError, type AppError } from '../../shared/errors.ts';
import { isUuid } from '../../shared/uuid.ts';
import { changingInSpace, type SpaceRef } from '../../spaces/space-scope.ts';
import { projectNotFound } from '../partners/project-organisations.errors.ts';
import { projectsPolicy } from '../projects.policy.ts';
import { projects } from '../projects.table.ts';
import { coverMissing, coverNotFound, coverTooLarge, coverTypeRefused, maxCoverBytes } from './project-cover.errors.ts';
import { createProjectCoverRepository } from './project-cover.repository.ts';
import { coverTextSchema, type ProjectCoverInfo } from './project-cover.schemas.ts';
import type { ProjectCoverRow } from './project-cover.table.ts';

/** What the audit log keeps of a cover: its words and a fingerprint, never the image. */
const summaryOf = (cover: Pick<ProjectCoverRow, 'contentType' | 'content' | 'alt' | 'credit'>) => ({
	contentType: cover.contentType,
	bytes: cover.content.byteLength,
	sha256: createHash('sha256').update(cover.content).digest('hex'),
	alt: cover.alt,
	credit: cover.credit
});

async function assertProject(db: Database, space: SpaceRef, projectId: string) {
	const found =
		isUuid(projectId) &&
		(await db
			.select({ id: projects.id })
			.from(projects)
			.where(and(eq(projects.spaceId, space.id), eq(projects.id, projectId))));
	if (!found || found.length === 0) throw projectNotFound(projectId);
}

/** The image of a form or request, checked like logos: not empty, not too large, a PNG, JPEG or WebP by its first bytes. */
function checkedImage(content: Uint8Array) {
	if (content.byteLength > maxCoverBytes) throw coverTooLarge(content.byteLength);
	const contentType = imageTypeOf(content);
	if (!contentType) throw coverTypeRefused();
	return { contentType, content: Buffer.from(content) };
}

/**
 * The words and the image of a cover, checked together: a form that fails on both learns of both
 * (the image's problem then joins the words' as an issue of the field `cover`, named by its code).
 */
function checkedCover(input: unknown, content: Uint8Array, hasCover: boolean) {
	const parsed = coverTextSchema.safeParse(input);
	let image: ReturnType<typeof checkedImage> | undefined;
	let refused: AppError | undefined;
	try {
		if (content.byteLength === 0 && !hasCover) throw coverMissing();
		image = content.byteLength === 0 ? undefined : checkedImage(content);
	} catch (error) {
		if (!isAppError(error)) throw error;
		refused = error;
	}
	if (parsed.success && !refused) return { text: parsed.data, image };
	if (parsed.success) throw refused;
	if (refused) throw new ZodError([...parsed.error.issues, { code: 'custom', path: ['cover'], message: refused.code, input: undefined }]);
	throw parsed.error;
}

/**
 * Sets a project's cover (admins and staff of its space), audited: a new image with its words,
 * or (no image given while there is one) only new words.
 */
export async function setProjectCover({
	db,
	context,
	space,
	projectId,
	content,
	input
}: {
	db: Database;
	context: AuditContext;
	space: SpaceRef;
	projectId: string;
	content: Uint8Array;
	input: unknown;
}): Promise<ProjectCoverInfo> {
	return changingInSpace({ db, context, space }, projectsPolicy, 'manage', async (tx) => {
		await assertProject(tx, space, projectId);
		const covers = createProjectCoverRepository({ db: tx, spaceId: space.id });
		const previous = await covers.find(projectId);
		const { text, image } = checkedCover(input, content, Boolean(previous));
		const words = { alt: text.alt, credit: text.credit ?? null };
		await covers.put(projectId, words, image);
		const after = summaryOf({ ...(image ?? previous!), ...words });
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'project.cover_set',
				entityType: 'project_cover',
				entityId: projectId,
				spaceId: space.id,
				before: previous ? summaryOf(previous) : undefined,
				after
			}
		});
		return (await getProjectCoverInfo({ db: tx, space, projectId }))!;
	});
}

export async function removeProjectCover({ db, context, space, projectId }: { db: Database; context: AuditContext; space: SpaceRef; projectId: string }) {
	return changingInSpace({ db, context, space }, projectsPolicy, 'manage', async (tx) => {
		await assertProject(tx, space, projectId);
		const removed = await createProjectCoverRepository({ db: tx, spaceId: space.id }).remove(projectId);
		if (!removed) throw coverNotFound(projectId);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'project.cover_remove', entityType: 'project_cover', entityId: projectId, spaceId: space.id, before: summaryOf(removed) }
		});
	});
}

/** A project's cover without its image (covers are public like projects); undefined without one. */
export async function getProjectCoverInfo({
	db,
	space,
	projectId
}: {
	db: Database;
	space: SpaceRef;
	projectId: string;
}): Promise<ProjectCoverInfo | undefined> {
	if (!isUuid(projectId)) return undefined;
	const cover = await createProjectCoverRepository({ db, spaceId: space.id }).findListing(projectId);
	return cover && { alt: cover.alt, credit: cover.credit, version: cover.updatedAt.getTime() };
}

export type ServedCover = { contentType: string; content: Buffer; updatedAt: Date; etag: string };

/** A cover's image, as the public route and the DOCX report take it. */
export async function getProjectCoverImage({ db, space, projectId }: { db: Database; space: SpaceRef; projectId: string }): Promise<ServedCover> {
	const cover = isUuid(projectId) ? await createProjectCoverRepository({ db, spaceId: space.id }).find(projectId) : undefined;
	if (!cover) throw coverNotFound(projectId);
	const hash = createHash('sha256').update(cover.content).digest('base64url').slice(0, 22);
	return { contentType: cover.contentType, content: cover.content, updatedAt: cover.updatedAt, etag: `"${hash}"` };
}

/** The id of a project by its address in a space (the public routes name projects by slug). */
export async function projectIdBySlug({ db, space, slug }: { db: Database; space: SpaceRef; slug: string }): Promise<string> {
	const [row] = await db
		.select({ id: projects.id })
		.from(projects)
		.where(and(eq(projects.spaceId, space.id), eq(projects.slug, slug)));
	if (!row) throw projectNotFound(slug);
	return row.id;
}
