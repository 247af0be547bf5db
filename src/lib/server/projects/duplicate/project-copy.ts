import type { Database } from '../../db/client.ts';

/** What each part of a project gets to copy itself from one project of a space to a new one: it writes only its own tables. */
export type ProjectCopy = { db: Database; spaceId: string; fromId: string; toId: string };

/** A part's copy, answering how many rows it copied (for the audit log to say what a duplicate holds). */
export type ProjectPartCopier = (copy: ProjectCopy) => Promise<number>;
