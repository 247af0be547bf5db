import { cliActor } from '../../policy/actor.ts';
import { findDuplicates, mergeOrganisations } from './duplicates.usecases.ts';
import type { Organisation } from '../organisations.schemas.ts';
import { organisationReferencesOf, type CommandInput } from '../../manifest/manifest.ts';
import { UsageError } from '../../manifest/usage-error.ts';

const describe = (organisation: Organisation) =>
	[
		organisation.name,
		organisation.registrationNumber && `mat. ${organisation.registrationNumber}`,
		organisation.taxNumber && `davčna ${organisation.taxNumber}`,
		organisation.city
	]
		.filter(Boolean)
		.join(', ');

/** `organisations:duplicates`: likely pairs, the most certain first, with the ids to merge them by. */
export async function listDuplicatesCommand({ database, options }: CommandInput): Promise<void> {
	const limit = options.limit === undefined ? 50 : Number(options.limit);
	if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit needs a whole number from 1 to 200');
	const result = await findDuplicates({ db: database.db, actor: cliActor, query: { pageSize: limit, page: options.page ?? 1 } });
	if (result.total === 0) {
		console.log('No likely duplicates.');
		return;
	}
	for (const pair of result.items) {
		console.log(`${pair.kind} (${pair.reasons.join(', ')}; score ${pair.score.toFixed(2)})`);
		console.log(`  ${pair.left.id}  ${describe(pair.left)}`);
		console.log(`  ${pair.right.id}  ${describe(pair.right)}`);
	}
	const shown = (result.page - 1) * result.pageSize + result.items.length;
	console.log(`\n${shown} of ${result.total} pairs. Merge one with: npm run cli -- organisations:merge --keep <id> --merge <id>`);
}

/** `organisations:merge`: the second organisation into the first, keeping every link. */
export async function mergeCommand({ database, options, modules }: CommandInput): Promise<void> {
	if (typeof options.keep !== 'string' || typeof options.merge !== 'string') throw new UsageError('Name both: --keep <id> --merge <id>');
	const { organisation, moved } = await mergeOrganisations({
		db: database.db,
		context: { actor: cliActor, source: 'cli' },
		keepId: options.keep,
		mergeId: options.merge,
		force: options.force === true,
		references: organisationReferencesOf(modules)
	});
	console.log(`Merged ${options.merge} into ${organisation.id} (${organisation.name}).`);
	console.log(
		`Moved ${moved.memberships} memberships, ${moved.affiliations} affiliations, ${moved.spaceMembers} member editors, ${moved.invitations} invitations${moved.logo ? ' and the logo' : ''}.`
	);
}
