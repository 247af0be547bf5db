import { createHash } from 'node:crypto';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import { authorize } from '../../policy/policy.ts';
import { imageTypeOf, maxLogoBytes } from './logo.content.ts';
import { logoMissing, logoNotFound, logoTooLarge, logoTypeRefused } from './logo.errors.ts';
import { createLogoRepository } from './logo.repository.ts';
import { organisationNotFound } from '../organisations.errors.ts';
import { isUuid } from '../../shared/uuid.ts';
import { organisationsPolicy } from '../organisations.policy.ts';
import { createOrganisationsRepository } from '../organisations.repository.ts';

/** What the audit log keeps of a logo: never the image itself. */
export type LogoSummary = { contentType: string; bytes: number; sha256: string };

const summaryOf = (contentType: string, content: Uint8Array): LogoSummary => ({
	contentType,
	bytes: content.byteLength,
	sha256: createHash('sha256').update(content).digest('hex')
});

/** Logo changes count as changes to the organisation: its editors may make them. */
async function editingOrganisation<T>(
	{ db, context, organisationId }: { db: Database; context: AuditContext; organisationId: string },
	work: (tx: Database) => Promise<T>
): Promise<T> {
	return db.transaction(async (tx) => {
		if (!isUuid(organisationId) || !(await createOrganisationsRepository({ db: tx }).findById(organisationId))) {
			throw organisationNotFound(organisationId);
		}
		authorize(organisationsPolicy, context.actor, 'update', { organisationIds: [organisationId] });
		return work(tx);
	});
}

/** Stores a logo (replacing one there was) after checking its size and, by its first bytes, its type. */
export async function uploadLogo({
	db,
	context,
	organisationId,
	content
}: {
	db: Database;
	context: AuditContext;
	organisationId: string;
	content: Uint8Array;
}): Promise<LogoSummary> {
	return editingOrganisation({ db, context, organisationId }, async (tx) => {
		if (content.byteLength === 0) throw logoMissing();
		if (content.byteLength > maxLogoBytes) throw logoTooLarge(content.byteLength);
		const contentType = imageTypeOf(content);
		if (!contentType) throw logoTypeRefused();
		const logos = createLogoRepository({ db: tx });
		const previous = await logos.find(organisationId);
		await logos.put(organisationId, contentType, Buffer.from(content));
		const after = summaryOf(contentType, content);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'organisation.logo_upload',
				entityType: 'organisation',
				entityId: organisationId,
				before: previous ? summaryOf(previous.contentType, previous.content) : undefined,
				after
			}
		});
		return after;
	});
}

export async function removeLogo({ db, context, organisationId }: { db: Database; context: AuditContext; organisationId: string }): Promise<LogoSummary> {
	return editingOrganisation({ db, context, organisationId }, async (tx) => {
		const removed = await createLogoRepository({ db: tx }).remove(organisationId);
		if (!removed) throw logoNotFound(organisationId);
		const before = summaryOf(removed.contentType, removed.content);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'organisation.logo_remove', entityType: 'organisation', entityId: organisationId, before }
		});
		return before;
	});
}

export type ServedLogo = { contentType: string; content: Buffer; updatedAt: Date; etag: string };

/** A logo as the public route serves it; logos are public like the directory. */
export async function getLogo({ db, organisationId }: { db: Database; organisationId: string }): Promise<ServedLogo> {
	const logo = isUuid(organisationId) ? await createLogoRepository({ db }).find(organisationId) : undefined;
	if (!logo) throw logoNotFound(organisationId);
	const hash = createHash('sha256').update(logo.content).digest('base64url').slice(0, 22);
	return { contentType: logo.contentType, content: logo.content, updatedAt: logo.updatedAt, etag: `"${hash}"` };
}

/** When the logo last changed (for the address of the image, so a new logo is not hidden by a cache); undefined without one. */
export async function logoVersion({ db, organisationId }: { db: Database; organisationId: string }): Promise<number | undefined> {
	if (!isUuid(organisationId)) return undefined;
	return (await createLogoRepository({ db }).updatedAt(organisationId))?.getTime();
}
