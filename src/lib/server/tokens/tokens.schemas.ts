import { z } from 'zod';
import { tokenScopes } from '../../roles.ts';
import { singleLineText } from '../shared/text.ts';

export const newTokenSchema = z.object({
	name: singleLineText({ min: 1, max: 100 }),
	scopes: z.array(z.enum(tokenScopes)).min(1).max(tokenScopes.length)
});
export type NewToken = z.input<typeof newTokenSchema>;
