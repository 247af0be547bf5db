import { m } from '../../paraglide/messages.js';
import { backOfficeForm, read } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { settingsPolicy } from './settings.policy.ts';

/** The platform's own pages: its contact, accessibility statement and privacy notice, and what search engines read. */
export const settingsModule = defineModule({
	name: 'settings',
	routes: {
		'/accessibility': read,
		'/privacy': read,
		'/sitemap.xml': read,
		'/robots.txt': read,
		'/app/(signed-in)/site': backOfficeForm(settingsPolicy, 'editSite')
	},
	backOfficeLinks: [{ place: 'registry', href: '/app/site', label: m.site_settings_title, shownTo: linkFor(settingsPolicy, 'editSite') }]
});
