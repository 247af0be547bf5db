import { randomUUID, createHash } from 'node:crypto';
import sharp from 'sharp';
import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { imageTypeOf } from '../organisations/logo/logo.content.ts';
import { isUuid } from '../shared/uuid.ts';
import { changingInSpace, type SpaceRef } from '../spaces/space-scope.ts';
import { maxPostImageBytes, postImageMissing, postImageNotFound, postImageTooLarge, postImageType } from './posts.errors.ts';
import { postsPolicy } from './posts.policy.ts';
import { createPostsRepository } from './posts.repository.ts';

/** The widths served: a page-wide picture and one for phones and lists. */
export const postImageWidths = [1600, 800] as const;
const formats = ['webp', 'jpeg'] as const;

/** Where a variant of an image is served (a path on this site). */
export const postImagePath = (spaceSlug: string, imageId: string, width: number = 1600, format: 'webp' | 'jpeg' = 'jpeg') =>
	`/spaces/${spaceSlug}/post-images/${imageId}/${width}.${format === 'jpeg' ? 'jpg' : 'webp'}`;

/**
 * Checks an upload by its first bytes (PNG, JPEG or WebP, at most 10 MB) and makes the served
 * variants: each width (never enlarged) as WebP and JPEG, turned upright, without metadata.
 */
export async function resizedVariants(content: Uint8Array) {
	if (content.byteLength === 0) throw postImageMissing();
	if (content.byteLength > maxPostImageBytes) throw postImageTooLarge(content.byteLength);
	if (!imageTypeOf(content)) throw postImageType();
	const source = Buffer.from(content);
	try {
		await sharp(source).metadata();
	} catch {
		throw postImageType();
	}
	const variants: { width: number; height: number; format: 'webp' | 'jpeg'; content: Buffer }[] = [];
	for (const width of postImageWidths) {
		for (const format of formats) {
			const pipeline = sharp(source, { limitInputPixels: 50_000_000 }).rotate().resize({ width, withoutEnlargement: true }).flatten({ background: '#ffffff' });
			const { data, info } = await (format === 'webp' ? pipeline.webp({ quality: 80 }) : pipeline.jpeg({ quality: 82, mozjpeg: true })).toBuffer({
				resolveWithObject: true
			});
			variants.push({ width, height: info.height, format, content: data });
		}
	}
	return variants;
}

/** Stores an uploaded image for a space's posts (admins and staff), audited; returns its id. */
export async function uploadPostImage({ db, context, space, content }: { db: Database; context: AuditContext; space: SpaceRef; content: Uint8Array }) {
	return changingInSpace({ db, context, space }, postsPolicy, 'manage', async (tx) => {
		const variants = await resizedVariants(content);
		const imageId = randomUUID();
		await createPostsRepository({ db: tx, spaceId: space.id }).putImageVariants(imageId, variants);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'post.image_upload',
				entityType: 'post_image',
				entityId: imageId,
				spaceId: space.id,
				after: { bytes: content.byteLength, sha256: createHash('sha256').update(content).digest('hex') }
			}
		});
		return { imageId, path: postImagePath(space.slug, imageId) };
	});
}

/** Markdown to paste into a post's body for an uploaded image; brackets in the alt text cannot break it. */
export const imageMarkdown = (alt: string, path: string) => `![${alt.replace(/[[\]\\]/g, '')}](${path})`;

/** A variant of a post image as the public route serves it; images are public like the posts that show them. */
export async function getPostImageVariant({ db, space, imageId, file }: { db: Database; space: SpaceRef; imageId: string; file: string }) {
	const match = /^(\d+)\.(webp|jpg)$/.exec(file);
	if (!match || !isUuid(imageId)) throw postImageNotFound(imageId);
	const format = match[2] === 'jpg' ? 'jpeg' : 'webp';
	const row = await createPostsRepository({ db, spaceId: space.id }).findImageVariant(imageId, Number(match[1]), format);
	if (!row) throw postImageNotFound(imageId);
	return { contentType: `image/${format}`, content: row.content, etag: `"${imageId.slice(0, 8)}-${match[1]}-${format}"` };
}
