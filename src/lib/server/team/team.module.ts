import { backOfficeForm, form } from '../http/access-rules.ts';
import { defineModule } from '../modules/manifest.ts';
import { teamPolicy } from './team.policy.ts';

export const teamModule = defineModule({
	name: 'team',
	routes: {
		'/app/(public)/invitations/[token]': form,
		'/app/(signed-in)/spaces/[slug]/team': backOfficeForm(teamPolicy, 'manage')
	}
});
