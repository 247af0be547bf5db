import { m } from '../../paraglide/messages.js';
import { sessionForm } from '../manifest/access-rules.ts';
import { defineModule } from '../manifest/manifest.ts';
import { createTokenCommand } from './tokens.cli.ts';

export const tokensModule = defineModule({
	name: 'tokens',
	routes: { '/app/(signed-in)/tokens': sessionForm },
	cliCommands: {
		'tokens:create': {
			summary: 'Create an API token for an account; the token alone is printed on the last line.',
			usage: '--email ana@example.si --name "Website import" --scopes spaces:write,read [--expires 2027-06-30]',
			options: { email: { type: 'string' }, name: { type: 'string' }, scopes: { type: 'string' }, expires: { type: 'string' } },
			run: createTokenCommand
		}
	},
	backOfficeLinks: [{ place: 'account', href: '/app/tokens', label: m.tokens_title, shownTo: () => true }]
});
