import { m } from '../../paraglide/messages.js';
import { form, session, sessionForm } from '../manifest/access-rules.ts';
import { defineModule } from '../manifest/manifest.ts';
import { createUserCommand } from './users.cli.ts';

/** Accounts: signing in and out, setting up the first administrator, passwords. */
export const authModule = defineModule({
	name: 'auth',
	routes: {
		'/app/(public)/sign-in': form,
		'/app/(public)/setup/[token]': form,
		'/app/(public)/forgot-password': form,
		'/app/(public)/reset-password/[token]': form,
		'/app/(public)/unlock/[token]': form,
		'/app/(signed-in)': { GET: session },
		'/app/(signed-in)/sign-out': sessionForm,
		'/app/(signed-in)/account': sessionForm
	},
	cliCommands: {
		'users:create': {
			summary: 'Create an account and print a link where its owner sets the password.',
			usage: '--email ana@example.si --name "Ana Novak" [--admin] [--locale sl|en]',
			options: { email: { type: 'string' }, name: { type: 'string' }, admin: { type: 'boolean' }, locale: { type: 'string' } },
			run: createUserCommand
		}
	},
	backOfficeLinks: [{ place: 'account', href: '/app/account', label: m.account_change_password, shownTo: () => true }]
});
