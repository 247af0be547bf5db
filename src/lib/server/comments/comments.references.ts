import { eq } from 'drizzle-orm';
import type { OrganisationReference, PersonReference } from '../manifest/manifest.ts';
import { erasedName } from '../people/people.repository.ts';
import { comments } from './comments.table.ts';

/** A merge of two organisations moves the comments shown with the merged one's name to the kept one. */
export const commentOrganisationReferences: OrganisationReference[] = [
	{
		name: 'comments',
		column: comments.organisationId,
		async moveOnMerge(db, fromId, toId) {
			const moved = await db.update(comments).set({ organisationId: toId }).where(eq(comments.organisationId, fromId)).returning({ id: comments.id });
			return moved.length;
		}
	}
];

/**
 * A person's comments are in their personal-data export. On erasure the comment stays (a
 * discussion keeps its thread) but the name and e-mail it was sent with are blanked.
 */
export const commentPersonReferences: PersonReference[] = [
	{
		column: comments.personId,
		exportedAs: 'comments',
		exportRows: (db, personId) =>
			db
				.select({
					subject: comments.subjectKind,
					subjectId: comments.subjectId,
					name: comments.authorName,
					email: comments.authorEmail,
					body: comments.body,
					status: comments.status,
					createdAt: comments.createdAt
				})
				.from(comments)
				.where(eq(comments.personId, personId)),
		async onErase(db, personId) {
			await db.update(comments).set({ authorName: erasedName, authorEmail: null, updatedAt: new Date() }).where(eq(comments.personId, personId));
		}
	}
];
