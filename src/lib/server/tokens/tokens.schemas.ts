import { z } from 'zod';
import { tokenScopes } from '../../policy/roles.ts';
import { isoDateSchema } from '../shared/localized.ts';
import { singleLineText } from '../shared/text.ts';

/** Today as the database and the token check count days (UTC). */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

export const newTokenSchema = z.object({
	name: singleLineText({ min: 1, max: 100 }),
	scopes: z.array(z.enum(tokenScopes)).min(1).max(tokenScopes.length),
	/** The last day the token works; empty or null: until it is revoked. */
	expiresOn: z
		.union([z.literal('').transform(() => null), isoDateSchema.nullable()])
		.default(null)
		.refine((value) => value === null || value >= todayIso(), { message: 'expires_in_past' })
});

/** What the form proposes: a token that works for 90 days unless the person chooses otherwise. */
export const defaultTokenExpiry = (now = new Date()) => todayIso(new Date(now.getTime() + 90 * 86_400_000));
