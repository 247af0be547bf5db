import { createUser, requestPasswordReset } from '#lib/server/auth/auth.usecases.ts';
import { userNotFound } from '#lib/server/auth/auth.errors.ts';
import { createBetterAuth } from '#lib/server/auth/better-auth.ts';
import { createUsersRepository } from '#lib/server/auth/users.repository.ts';
import type { Config } from '#lib/server/config.ts';
import type { Database } from '#lib/server/db/client.ts';
import { queueMail } from '#lib/server/mail/mail.usecases.ts';
import { passwordResetMail, backOfficeUrl } from '#lib/server/mail/mail.templates.ts';
import { cliActor } from '#lib/server/policy/actor.ts';
import { createSettingsRepository } from '#lib/server/settings/settings.repository.ts';
import { randomSecret } from '#lib/server/shared/secrets.ts';
import { addMember } from '#lib/server/team/team.usecases.ts';
import { createApiToken } from '#lib/server/tokens/tokens.usecases.ts';
import type { CommandInput } from './main.ts';

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

export async function addMemberCommand({ database, options }: CommandInput): Promise<void> {
	const member = await addMember({
		db: database.db,
		context,
		spaceSlug: String(options.space ?? ''),
		input: { email: String(options.email ?? ''), role: String(options.role ?? '') }
	});
	console.log(`${member.email} is now ${member.role} of ${String(options.space)}.`);
}

export async function createTokenCommand({ database, options }: CommandInput): Promise<void> {
	const { db } = database;
	const email = String(options.email ?? '');
	const user = await createUsersRepository({ db }).findByEmail(email);
	if (!user) throw userNotFound(email);
	const scopes = String(options.scopes ?? '')
		.split(',')
		.map((scope) => scope.trim())
		.filter(Boolean);
	const { token, summary } = await createApiToken({
		db,
		context,
		userId: user.id,
		input: { name: String(options.name ?? ''), scopes: scopes as never, expiresOn: options.expires === undefined ? null : String(options.expires) }
	});
	const validity = summary.expiresOn ? `, valid until ${summary.expiresOn}` : ', without an end date';
	console.log(`Created API token "${summary.name}" for ${user.email} with scopes ${summary.scopes.join(', ')}${validity}.`);
	console.log('It is shown only now; it is stored hashed. The token:');
	console.log(token);
}
