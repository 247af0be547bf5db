import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeAccess } from './route-access.ts';

/** Every route of the app, from the files SvelteKit routes by. */
function routeIdsOnDisk(dir = 'src/routes'): string[] {
	const here = readdirSync(dir);
	const own = here.some((name) => ['+page.svelte', '+server.ts'].includes(name))
		? [`/${relative('src/routes', dir).split('\\').join('/')}`.replace(/\/$/, '') || '/']
		: [];
	return [...own, ...here.filter((name) => statSync(join(dir, name)).isDirectory()).flatMap((name) => routeIdsOnDisk(join(dir, name)))];
}

describe('the route table of the modules', () => {
	it('lists exactly the routes that exist on disk: none unguarded, none stale', () => {
		expect(Object.keys(routeAccess).sort()).toEqual(routeIdsOnDisk().sort());
	});
});
