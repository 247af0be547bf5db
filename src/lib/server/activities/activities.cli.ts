import { readFile } from 'node:fs/promises';
import type { CliCommand } from '../manifest/manifest.ts';
import { UsageError } from '../manifest/usage-error.ts';
import { cliActor } from '../policy/actor.ts';
import { findSpaceRef } from '../spaces/space-scope.ts';
import { createActivity, listActivities } from './activities.usecases.ts';
import { localParts } from './local-time.ts';

const spaceOption = (options: Record<string, string | boolean | undefined>) => {
	const slug = options.space;
	if (typeof slug !== 'string' || !slug) throw new UsageError('Name the space: --space SLUG');
	return slug;
};

/** `activities:create --space SLUG --file activity.json`: adds an activity in the API's shape, as POST /api/v1/spaces/{slug}/activities does. */
export const createActivityCommand: CliCommand = {
	summary: "Add an activity to a space from a JSON file in the API's shape (title, type, pillar, sessions …)",
	usage: '--space SLUG --file activity.json',
	options: { space: { type: 'string' }, file: { type: 'string' } },
	run: async ({ database, options }) => {
		const slug = spaceOption(options);
		if (typeof options.file !== 'string' || !options.file) throw new UsageError('Name the file of the activity: --file activity.json');
		let input: unknown;
		try {
			input = JSON.parse(await readFile(options.file, 'utf8'));
		} catch (cause) {
			throw new UsageError(`${options.file} is not a readable JSON file (${(cause as Error).message})`);
		}
		const space = await findSpaceRef(database.db, slug);
		const activity = await createActivity({ db: database.db, context: { actor: cliActor, source: 'cli' }, space, input });
		console.log(`added ${activity.slug} (${activity.id}) with ${activity.sessions.length} session(s)`);
	}
};

/** `activities:list --space SLUG`: the activities of a space, one a line: first day, type, address, title. */
export const listActivitiesCommand: CliCommand = {
	summary: 'List the activities of a space (internal ones too), in order of their first session',
	usage: '--space SLUG [--from DATE] [--to DATE] [--type TYPE]',
	options: { space: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, type: { type: 'string' } },
	run: async ({ database, options }) => {
		const space = await findSpaceRef(database.db, spaceOption(options));
		const query = Object.fromEntries(['from', 'to', 'type'].flatMap((name) => (typeof options[name] === 'string' ? [[name, options[name]]] : [])));
		const activities = await listActivities({ db: database.db, actor: cliActor, space, query });
		for (const activity of activities) {
			const first = activity.sessions[0];
			const when = first ? Object.values(localParts(new Date(first.startsAt))).join(' ') : '';
			const flags = [activity.public ? '' : 'internal', activity.cancelled ? 'cancelled' : ''].filter(Boolean).join(',');
			console.log([activity.id, when, activity.type, activity.slug, activity.title.sl, flags].join('\t').trimEnd());
		}
		if (activities.length === 0) console.log('no activities');
	}
};
