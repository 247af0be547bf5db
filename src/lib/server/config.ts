import { resolve } from 'node:path';
import { z } from 'zod';
import { browserHost } from './server-address.js';

/** Unset and empty mean the same: a compose file often passes `VAR=` for "not set". */
const emptyAsUnset = z.literal('').transform(() => undefined);

function isSmtpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
	} catch {
		return false;
	}
}

/**
 * Runtime configuration, read from the environment by the server and the CLI alike.
 * Kept outside SvelteKit's `$app/env` so the CLI (plain Node) shares it.
 * Messages never repeat a value: SMTP_URL and DATABASE_URL may carry a password.
 */
const configSchema = z.object({
	DATA_DIR: z.string().min(1).default('./data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
		.optional()
		.or(emptyAsUnset),
	STICISCE_DEMO: z
		.enum(['0', '1', 'false', 'true', ''])
		.default('1')
		.transform((value) => value !== '0' && value !== 'false'),
	SMTP_URL: z
		.string()
		.refine(isSmtpUrl, 'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.org:465')
		.optional()
		.or(emptyAsUnset),
	MAIL_FROM: z
		.string()
		.regex(/@/, 'MAIL_FROM must be an e-mail address, optionally with a name: Stičišče <noreply@example.org>')
		.optional()
		.or(emptyAsUnset)
		.transform((value) => value ?? 'Stičišče <noreply@localhost>'),
	PUBLIC_URL: z
		.url({ protocol: /^https?$/, error: 'PUBLIC_URL must be the http(s) address people open, e.g. https://nvo.example.si' })
		.optional()
		.or(emptyAsUnset),
	PORT: z.string().optional(),
	HOST: z.string().optional(),
	// the origin the app was built for (see vite.config.ts), a fine default for PUBLIC_URL
	ORIGIN: z
		.url({ protocol: /^https?$/ })
		.optional()
		.or(emptyAsUnset),
	AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters long (e.g. openssl rand -base64 32)').optional().or(emptyAsUnset),
	CHROMIUM_PATH: z.string().optional().or(emptyAsUnset),
	JOB_RUNNER: z
		.enum(['inline', 'off', ''], 'JOB_RUNNER must be inline (jobs run in the server) or off (a separate worker runs them)')
		.default('inline')
		.transform((value) => value || 'inline')
});

export type JobRunnerMode = 'inline' | 'off';

export type Config = {
	dataDir: string;
	databaseUrl: string | undefined;
	loadDemo: boolean;
	/** Unset: mails are written to `<dataDir>/outbox/` instead of being sent. */
	smtpUrl: string | undefined;
	mailFrom: string;
	/** `inline`: the server process runs background jobs; `off`: a separate worker does. */
	jobRunner: JobRunnerMode;
	/** The address people open; links in mail point there. */
	publicUrl: string;
	/** Signs session cookies; unset, one is generated once and kept in the database. */
	authSecret: string | undefined;
	/** The Chromium that prints PDF reports (e.g. Debian's /usr/bin/chromium); unset, the one shipped in @sparticuz/chromium. */
	chromiumPath: string | undefined;
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
		loadDemo: parsed.data.STICISCE_DEMO,
		smtpUrl: parsed.data.SMTP_URL,
		mailFrom: parsed.data.MAIL_FROM,
		jobRunner: parsed.data.JOB_RUNNER,
		// without PUBLIC_URL, the address the server listens at: a session cookie set there is sent back
		publicUrl: (parsed.data.PUBLIC_URL ?? parsed.data.ORIGIN ?? `http://${browserHost(parsed.data.HOST)}:${parsed.data.PORT || '3000'}`).replace(/\/+$/, ''),
		authSecret: parsed.data.AUTH_SECRET,
		chromiumPath: parsed.data.CHROMIUM_PATH
	};
}
