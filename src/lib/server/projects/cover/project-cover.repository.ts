import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { projectCovers, type ProjectCoverRow } from './project-cover.table.ts';

export type CoverText = Pick<ProjectCoverRow, 'alt' | 'credit'>;
/** A cover without its image, for pages that only link to it. */
export type CoverListing = CoverText & { contentType: string; updatedAt: Date };

export function createProjectCoverRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	const ofProject = (projectId: string) => and(eq(projectCovers.spaceId, spaceId), eq(projectCovers.projectId, projectId));
	return {
		async find(projectId: string): Promise<ProjectCoverRow | undefined> {
			const [row] = await db.select().from(projectCovers).where(ofProject(projectId));
			return row;
		},

		async findListing(projectId: string): Promise<CoverListing | undefined> {
			const [row] = await db
				.select({ alt: projectCovers.alt, credit: projectCovers.credit, contentType: projectCovers.contentType, updatedAt: projectCovers.updatedAt })
				.from(projectCovers)
				.where(ofProject(projectId));
			return row;
		},

		/** Stores the image with its words, or (without an image) changes only the words of the one there is. */
		async put(projectId: string, text: CoverText, image?: { contentType: string; content: Buffer }): Promise<void> {
			const updatedAt = new Date();
			if (!image) {
				await db
					.update(projectCovers)
					.set({ ...text, updatedAt })
					.where(ofProject(projectId));
				return;
			}
			const values = { ...text, ...image, updatedAt };
			await db
				.insert(projectCovers)
				.values({ spaceId, projectId, ...values })
				.onConflictDoUpdate({ target: [projectCovers.spaceId, projectCovers.projectId], set: values });
		},

		async remove(projectId: string): Promise<ProjectCoverRow | undefined> {
			const [row] = await db.delete(projectCovers).where(ofProject(projectId)).returning();
			return row;
		}
	};
}
