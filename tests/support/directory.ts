import { startPeopleApp, type PeopleApp } from './people-app.ts';
import { runNode } from './processes.ts';

/** What seed-directory.ts wrote: a few organisations the tests name, and how many there are. */
export type DirectoryFixture = {
	/** Zavod Stičišče (Kranj, Gorenjska): every field filled in, member of Grozd. */
	hubId: string;
	ministryId: string;
	/** An association whose name carries `</script>` and markup. */
	trickyId: string;
	trickyName: string;
	/** An id that was merged into the hub. */
	mergedId: string;
	total: number;
	/** How many are in Gorenjska (SI042). */
	gorenjska: number;
};

/** The app with people per role (seed-people.ts) and the directory's organisations. */
export async function startDirectoryApp(): Promise<PeopleApp & { directory: DirectoryFixture }> {
	let directory: DirectoryFixture | undefined;
	const people = await startPeopleApp({
		afterSeeding: async () => {
			const seeded = await runNode(['tests/support/seed-directory.ts']);
			if (seeded.code !== 0) throw new Error(`seeding the directory failed: ${seeded.stderr}`);
			directory = JSON.parse(seeded.stdout.trim().split('\n').at(-1)!);
		}
	});
	return { ...people, directory: directory! };
}
