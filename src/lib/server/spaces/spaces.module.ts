import { m } from '../../paraglide/messages.js';
import { backOffice, backOfficeForm, policy, read } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { loadDemoSpaces } from './demo/demo-spaces.usecases.ts';
import { archiveSpaceCommand, createSpaceCommand, renameSpaceCommand, restoreSpaceCommand } from './spaces.cli.ts';
import { spacePaths } from './spaces.openapi.ts';
import { spacesPolicy } from './spaces.policy.ts';

export const spacesModule = defineModule({
	name: 'spaces',
	routes: {
		'/': read,
		'/spaces': read,
		'/spaces/[slug]': read,
		'/api/v1/spaces': { GET: policy(spacesPolicy, 'read'), POST: policy(spacesPolicy, 'create') },
		'/api/v1/spaces/[slug]': { GET: policy(spacesPolicy, 'read'), PATCH: policy(spacesPolicy, 'update') },
		'/api/v1/spaces/[slug]/rename': { POST: policy(spacesPolicy, 'manage') },
		// archived, then restored: the authorization test calls them in this order
		'/api/v1/spaces/[slug]/archive': { POST: policy(spacesPolicy, 'manage'), DELETE: policy(spacesPolicy, 'manage') },
		'/app/(signed-in)/spaces': { GET: backOffice(spacesPolicy, 'create') },
		'/app/(signed-in)/spaces/new': backOfficeForm(spacesPolicy, 'create'),
		'/app/(signed-in)/spaces/[slug]': { GET: backOffice(spacesPolicy, 'dashboard') },
		'/app/(signed-in)/spaces/[slug]/settings': backOfficeForm(spacesPolicy, 'manage'),
		'/app/(signed-in)/spaces/[slug]/profile': backOfficeForm(spacesPolicy, 'update')
	},
	// every text of a space profile, in two languages, in one form
	bodyLimits: { '/app/(signed-in)/spaces/[slug]/profile': 1_048_576 },
	openApiPaths: spacePaths,
	cliCommands: {
		'spaces:create': {
			summary: 'Create a space and, with --admin-email, invite its first admin by mail.',
			usage:
				'--slug posavje --name "Stičišče Posavje" [--name-en "…"] [--kind regional_hub|thematic_network|national_network|other] [--region SI024] [--admin-email ana@example.si] [--locale sl|en]',
			options: {
				slug: { type: 'string' },
				name: { type: 'string' },
				'name-en': { type: 'string' },
				kind: { type: 'string' },
				region: { type: 'string' },
				'admin-email': { type: 'string' },
				locale: { type: 'string' }
			},
			run: createSpaceCommand
		},
		'spaces:rename': {
			summary: 'Give a space a new address or name; the old address redirects to the new one.',
			usage: '--space posavje [--slug spodnje-posavje] [--name "…"] [--name-en "…"]',
			options: { space: { type: 'string' }, slug: { type: 'string' }, name: { type: 'string' }, 'name-en': { type: 'string' } },
			run: renameSpaceCommand
		},
		'spaces:archive': {
			summary: 'Archive a space: off the public site and read-only, everything kept.',
			usage: '--space posavje',
			options: { space: { type: 'string' } },
			run: archiveSpaceCommand
		},
		'spaces:restore': {
			summary: 'Restore an archived space.',
			usage: '--space posavje',
			options: { space: { type: 'string' } },
			run: restoreSpaceCommand
		}
	},
	demoContent: loadDemoSpaces,
	backOfficeLinks: [
		{ place: 'navigation', href: '/app/spaces', label: m.spaces_admin_title, shownTo: linkFor(spacesPolicy, 'create') },
		{ place: 'space', href: '/app/spaces/[slug]', label: m.spaces_dashboard_link, shownTo: linkFor(spacesPolicy, 'dashboard') },
		{ place: 'space', href: '/spaces/[slug]', label: m.backoffice_public_page, shownTo: () => true },
		{ place: 'space', href: '/app/spaces/[slug]/profile', label: m.backoffice_edit_profile, shownTo: linkFor(spacesPolicy, 'update') },
		{ place: 'space', href: '/app/spaces/[slug]/settings', label: m.spaces_settings_title, shownTo: linkFor(spacesPolicy, 'manage') }
	]
});
