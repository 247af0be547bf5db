import { userNotFound } from '../auth/auth.errors.ts';
import { createUsersRepository } from '../auth/users.repository.ts';
import type { CommandInput } from '../manifest/manifest.ts';
import { cliActor } from '../policy/actor.ts';
import { createApiToken } from './tokens.usecases.ts';

const context = { actor: cliActor, source: 'cli' } as const;

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
		input: { name: String(options.name ?? ''), scopes: scopes, expiresOn: options.expires === undefined ? null : String(options.expires) }
	});
	const validity = summary.expiresOn ? `, valid until ${summary.expiresOn}` : ', without an end date';
	console.log(`Created API token "${summary.name}" for ${user.email} with scopes ${summary.scopes.join(', ')}${validity}.`);
	console.log('It is shown only now; it is stored hashed. The token:');
	console.log(token);
}
