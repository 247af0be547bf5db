import type { AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { changingInSpace, type SpaceRef } from '../spaces/space-scope.ts';
import { teamPolicy } from './team.policy.ts';

export type TeamSpace = SpaceRef;

/** Every change to a team: by someone who may manage it (see `changingInSpace`). */
export function managingTeam<T>(scope: { db: Database; context: AuditContext; space: TeamSpace }, work: (tx: Database, space: TeamSpace) => Promise<T>) {
	return changingInSpace(scope, teamPolicy, 'manage', work);
}
