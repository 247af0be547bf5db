import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The committed drizzle-kit migrations live in `<project>/drizzle`. This module runs from
 * `src/` (CLI, tests) and from a bundled chunk under `build/` (server), so it walks up to find them.
 */
export function migrationsFolder(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const candidate = join(dir, 'drizzle');
		if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
		const parent = dirname(dir);
		if (parent === dir) throw new Error('Could not find the drizzle migrations folder');
		dir = parent;
	}
}
