import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Runtime configuration, read from the environment by the server and the CLI alike.
 * Kept outside SvelteKit's `$app/env` so the CLI (plain Node) shares it.
 */
const configSchema = z.object({
	DATA_DIR: z.string().min(1).default('./data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	STICISCE_DEMO: z
		.enum(['0', '1', 'false', 'true', ''])
		.default('1')
		.transform((value) => value !== '0' && value !== 'false')
});

export type Config = {
	dataDir: string;
	databaseUrl: string | undefined;
	loadDemo: boolean;
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
	const parsed = configSchema.safeParse(env);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`Invalid configuration: ${problems.join('; ')}`);
	}
	return {
		dataDir: resolve(parsed.data.DATA_DIR),
		databaseUrl: parsed.data.DATABASE_URL,
		loadDemo: parsed.data.STICISCE_DEMO
	};
}
