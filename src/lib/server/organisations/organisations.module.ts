import { m } from '../../paraglide/messages.js';
import { backOffice, backOfficeForm, policy, read } from '../manifest/access-rules.ts';
import { defineModule, linkFor } from '../manifest/manifest.ts';
import { loadDemoOrganisations } from './demo/demo-organisations.usecases.ts';
import { demoRegistryCommand } from './demo/demo-registry.cli.ts';
import { listDuplicatesCommand, mergeCommand } from './duplicates/duplicates.cli.ts';
import { exportCommand, importCommand } from './import/registry-files.cli.ts';
import { importJobHandlers, maxImportBytes } from './import/import-runs.usecases.ts';
import { maxLogoBytes } from './logo/logo.content.ts';
import { organisationsOwnReferences } from './organisations.merge.ts';
import { organisationPaths } from './organisations.openapi.ts';
import { organisationsPolicy } from './organisations.policy.ts';

/** The registry of organisations: directory, profiles, logos, duplicates, import and export. */
export const organisationsModule = defineModule({
	name: 'organisations',
	routes: {
		'/organisations': read,
		'/organisations/[id]': read,
		'/organisations/[id]/logo': read,
		'/organisations/export': read,
		'/api/v1/organisations': { GET: policy(organisationsPolicy, 'read'), POST: policy(organisationsPolicy, 'create') },
		'/api/v1/organisations/[id]': { GET: policy(organisationsPolicy, 'read'), PATCH: policy(organisationsPolicy, 'update') },
		'/app/(signed-in)/organisations/new': backOfficeForm(organisationsPolicy, 'create'),
		'/app/(signed-in)/organisations/[id]': backOfficeForm(organisationsPolicy, 'update'),
		'/app/(signed-in)/organisations/duplicates': backOfficeForm(organisationsPolicy, 'merge'),
		'/app/(signed-in)/organisations/import': backOfficeForm(organisationsPolicy, 'import'),
		'/app/(signed-in)/organisations/import/[id]': backOfficeForm(organisationsPolicy, 'import'),
		'/app/(signed-in)/organisations/import/[id]/progress': { GET: backOffice(organisationsPolicy, 'import') },
		'/app/(signed-in)/organisations/import/[id]/rejected': { GET: backOffice(organisationsPolicy, 'import') }
	},
	// the editor's form carries a logo, the import page a file (each refuses one too large itself)
	bodyLimits: {
		'/app/(signed-in)/organisations/[id]': 2 * maxLogoBytes + 65_536,
		'/app/(signed-in)/organisations/import': 2 * maxImportBytes
	},
	openApiPaths: organisationPaths(),
	jobHandlers: ({ db }) => importJobHandlers(db),
	organisationReferences: organisationsOwnReferences,
	demoContent: loadDemoOrganisations,
	cliCommands: {
		import: {
			summary:
				'Import organisations from a CSV (UTF-8 or Windows-1250), XLSX or ODS file: all rows or none (exit code 65 when a row is rejected), or the good rows alone with --skip-rejected.',
			usage: 'organisations FILE [--dry-run] [--skip-rejected] [--map name=Naziv,legal_form=Oblika,…]',
			options: { 'dry-run': { type: 'boolean' }, 'skip-rejected': { type: 'boolean' }, map: { type: 'string' } },
			positionals: true,
			run: importCommand
		},
		export: {
			summary:
				'Export organisations to a CSV or XLSX file (by its extension) in the import layout; --flavour excel-sl writes the `;` CSV Excel in Slovenian opens.',
			usage: 'organisations FILE.csv|FILE.xlsx [--flavour standard|excel-sl] [--region SI042] [--legal-form association] [--q text]',
			options: { flavour: { type: 'string' }, region: { type: 'string' }, 'legal-form': { type: 'string' }, q: { type: 'string' } },
			positionals: true,
			run: exportCommand
		},
		'organisations:duplicates': {
			summary: 'List likely duplicate organisations (same tax number, similar name in a municipality) and related units.',
			usage: '[--limit 50] [--page 1]',
			options: { limit: { type: 'string' }, page: { type: 'string' } },
			run: listDuplicatesCommand
		},
		'organisations:merge': {
			summary: 'Merge one organisation into another, keeping every link; old links redirect.',
			usage: '--keep <id> --merge <id> [--force]   (--force: even with different registration numbers)',
			options: { keep: { type: 'string' }, merge: { type: 'string' }, force: { type: 'boolean' } },
			run: mergeCommand
		},
		'demo:registry': {
			summary: 'Generate a synthetic national registry of NGOs into the database, or into a CSV file in the import format.',
			usage: '--count 30000 [--seed 1] | --out FILE.csv [--bad-rows K] [--duplicates K]',
			options: {
				count: { type: 'string' },
				seed: { type: 'string' },
				out: { type: 'string' },
				'bad-rows': { type: 'string' },
				duplicates: { type: 'string' }
			},
			run: demoRegistryCommand
		}
	},
	backOfficeLinks: [
		{ place: 'registry', href: '/app/organisations/new', label: m.orgedit_new_title, shownTo: linkFor(organisationsPolicy, 'create') },
		{ place: 'registry', href: '/app/organisations/import', label: m.import_title, shownTo: linkFor(organisationsPolicy, 'import') },
		{ place: 'registry', href: '/app/organisations/duplicates', label: m.dup_title, shownTo: linkFor(organisationsPolicy, 'merge') }
	]
});
