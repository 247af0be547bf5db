import type { Database } from '../../db/client.ts';
import type { IatiActivityInput } from './iati-activity.ts';

/** What another part of the projects module adds to a project's activity (its description, money, results). */
export type IatiActivityAddition = Partial<Pick<IatiActivityInput, 'description' | 'budgets' | 'transactions' | 'results'>>;

/**
 * A part that knows more of a space's projects than their identity, period and organisations: given
 * the projects exported, it returns what it adds to each, by project id, read in a fixed number of
 * queries. The money part adds budgets and transactions, the indicators part results.
 */
export type IatiActivityPart = (args: { db: Database; spaceId: string; projectIds: string[] }) => Promise<Map<string, IatiActivityAddition>>;

/** The parts the export asks, in order; each part appends its function here. */
export const iatiActivityParts: IatiActivityPart[] = [];
