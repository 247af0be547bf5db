import { m } from '../../paraglide/messages.js';
import { backOfficeForm, form } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { addMemberCommand } from './team.cli.ts';
import { teamIndicatorRules } from './team.indicator-rules.ts';
import { teamReferencesToOrganisations } from './team.merge.ts';
import { teamPolicy } from './team.policy.ts';

export const teamModule = defineModule({
	name: 'team',
	routes: {
		'/app/(public)/invitations/[token]': form,
		'/app/(signed-in)/spaces/[slug]/team': backOfficeForm(teamPolicy, 'manage')
	},
	cliCommands: {
		'members:add': {
			summary: 'Give an existing account a role in a space.',
			usage: '--space grozd --email ana@example.si --role admin|staff|member_editor|viewer',
			options: { space: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' } },
			run: addMemberCommand
		}
	},
	organisationReferences: teamReferencesToOrganisations,
	indicatorRules: teamIndicatorRules,
	backOfficeLinks: [{ place: 'space', href: '/app/spaces/[slug]/team', label: m.team_title, shownTo: linkFor(teamPolicy, 'manage') }]
});
