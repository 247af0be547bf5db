import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { authorize } from '../policy/policy.ts';
import { hashSecret, randomSecret } from '../shared/secrets.ts';
import { isUuid } from '../shared/uuid.ts';
import { tokenExpired, tokenNotFound } from './tokens.errors.ts';
import { tokensPolicy } from './tokens.policy.ts';
import { createTokensRepository } from './tokens.repository.ts';
import { newTokenSchema, todayIso } from './tokens.schemas.ts';
import type { ApiTokenRow } from './tokens.table.ts';

/** What may be shown about a token after it was created: never the token, never its hash. */
export type TokenSummary = Omit<ApiTokenRow, 'tokenHash'>;

const present = ({ tokenHash: _hash, ...summary }: ApiTokenRow): TokenSummary => summary;

/** The owner of a token: the signed-in person, or for the CLI whoever it names. */
function ownerOf(context: AuditContext, userId: string | undefined): string {
	const { actor } = context;
	if (actor.kind === 'session') return actor.userId;
	if ((actor.kind === 'cli' || actor.kind === 'system') && userId) return userId;
	throw new Error('A token needs an owner');
}

/** Creates a token; the returned `token` is the only time it is ever visible. */
export async function createApiToken({
	db,
	context,
	userId,
	input
}: {
	db: Database;
	context: AuditContext;
	userId?: string;
	/** Validated here: a form, the API and the CLI pass what they received. */
	input: unknown;
}): Promise<{ token: string; summary: TokenSummary }> {
	authorize(tokensPolicy, context.actor, 'manageOwn');
	const { name, scopes, expiresOn } = newTokenSchema.parse(input);
	const token = randomSecret('stc_');
	return db.transaction(async (tx) => {
		const row = await createTokensRepository({ db: tx }).insert({
			userId: ownerOf(context, userId),
			name,
			scopes,
			tokenHash: hashSecret(token),
			tokenPrefix: token.slice(0, 8),
			expiresOn
		});
		const summary = present(row);
		await recordAudit({ db: tx, context, change: { action: 'token.create', entityType: 'api_token', entityId: row.id, after: summary } });
		return { token, summary };
	});
}

export async function listOwnTokens({ db, context }: { db: Database; context: AuditContext }): Promise<TokenSummary[]> {
	authorize(tokensPolicy, context.actor, 'manageOwn');
	return (await createTokensRepository({ db }).listOfUser(ownerOf(context, undefined))).map(present);
}

export async function revokeApiToken({ db, context, tokenId }: { db: Database; context: AuditContext; tokenId: string }) {
	authorize(tokensPolicy, context.actor, 'manageOwn');
	if (!isUuid(tokenId)) throw tokenNotFound(tokenId);
	return db.transaction(async (tx) => {
		const row = await createTokensRepository({ db: tx }).revoke(tokenId, ownerOf(context, undefined));
		if (!row) throw tokenNotFound(tokenId);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'token.revoke', entityType: 'api_token', entityId: row.id, after: present(row) }
		});
		return present(row);
	});
}

/** The active token a request presents, or undefined; marks it used. An expired token is refused as such. */
export async function findActiveToken({ db, token }: { db: Database; token: string }): Promise<ApiTokenRow | undefined> {
	const repository = createTokensRepository({ db });
	const row = await repository.findActiveByHash(hashSecret(token));
	if (row?.expiresOn && row.expiresOn < todayIso()) throw tokenExpired(row.expiresOn);
	if (row) await repository.markUsed(row.id);
	return row;
}
