import { createUser, requestPasswordReset } from './auth.usecases.ts';
import { createBetterAuth } from './better-auth.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { queueMail } from '../mail/mail.usecases.ts';
import { passwordResetMail, backOfficeUrl } from '../mail/mail.templates.ts';
import { cliActor } from '../policy/actor.ts';
import { createSettingsRepository } from '../settings/settings.repository.ts';
import { randomSecret } from '../shared/secrets.ts';
import type { CommandInput } from '../manifest/manifest.ts';

const context = { actor: cliActor, source: 'cli' } as const;

/** better-auth as the server has it, with links printed for the operator as well as mailed. */
async function authFor(db: Database, config: Config, onLink: (url: string) => void) {
	const secret = config.authSecret ?? (await createSettingsRepository({ db }).getOrCreate('auth_secret', () => randomSecret()));
	return createBetterAuth({
		db,
		secret,
		publicUrl: config.publicUrl,
		onPasswordResetRequested: async ({ user, token }) => {
			const locale = user.locale === 'en' ? 'en' : 'sl';
			const url = backOfficeUrl(config.publicUrl, locale, `/app/reset-password/${token}`);
			// the job waits in the database until a server (or worker) runs it
			await queueMail({ db, message: passwordResetMail({ to: user.email, name: user.name, url, locale }) });
			onLink(url);
		}
	});
}

export async function createUserCommand({ database, config, options }: CommandInput): Promise<void> {
	const { db } = database;
	let link = '';
	const auth = await authFor(db, config, (url) => (link = url));
	const user = await createUser({
		db,
		auth,
		context,
		input: {
			email: String(options.email ?? ''),
			name: String(options.name ?? ''),
			// nobody knows this password: the owner sets their own through the link
			password: randomSecret(),
			isPlatformAdmin: options.admin === true,
			locale: options.locale === 'en' ? 'en' : 'sl'
		}
	});
	await requestPasswordReset({ auth, email: user.email });
	console.log(`Created ${user.isPlatformAdmin ? 'platform administrator' : 'account'} ${user.email}.`);
	console.log(`The owner sets a password within one hour at:\n  ${link}`);
	console.log('(The same link is mailed once the server runs; later, "Forgot your password?" sends a new one.)');
}
