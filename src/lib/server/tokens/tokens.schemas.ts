import { z } from 'zod';
import { tokenScopes } from '../../roles.ts';

export const newTokenSchema = z.object({
	name: z.string().trim().min(1).max(100),
	scopes: z.array(z.enum(tokenScopes)).min(1)
});
export type NewToken = z.input<typeof newTokenSchema>;
