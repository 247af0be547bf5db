import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regions } from '../../src/lib/reference/regions.ts';

const reference = '../shared/reference/regions.csv';

describe.runIf(existsSync(reference))('statistical regions', () => {
	it('match the checked reference data: code and name of all 12', () => {
		const rows = readFileSync(reference, 'utf8').trim().split('\n').slice(1);
		const expected = rows.map((row) => {
			const [code, name] = row.split(',');
			return { code, name };
		});
		expect(regions.map(({ code, name }) => ({ code, name }))).toEqual(expected);
	});
});
