import { startPeopleApp, type PeopleApp } from './people-app.ts';
import { seedDirectory, type DirectoryFixture } from './seed-directory.ts';

export type { DirectoryFixture } from './seed-directory.ts';

/** The app with people per role (seed-people.ts) and the directory's organisations. */
export async function startDirectoryApp(): Promise<PeopleApp & { directory: DirectoryFixture }> {
	let directory: DirectoryFixture | undefined;
	const people = await startPeopleApp({
		afterSeeding: async (db) => {
			directory = await seedDirectory(db);
		}
	});
	return { ...people, directory: directory! };
}
