import { describe, expect, it } from 'vitest';
import { prepareAdapterEnv, trustedProxyHops } from '../../scripts/server.js';

describe('TRUST_PROXY as a number of proxies in a row', () => {
	it.each([
		[undefined, 0],
		['', 0],
		['0', 0],
		['false', 0],
		['1', 1],
		['true', 1],
		['TRUE', 1],
		['2', 2],
		['-1', 0],
		['1.5', 0]
	])('TRUST_PROXY=%s trusts %i hops', (value, hops) => {
		expect(trustedProxyHops({ TRUST_PROXY: value })).toBe(hops);
	});

	it("hands the hops to adapter-node as XFF_DEPTH, with X-Forwarded-For as the client's address", () => {
		const two: NodeJS.ProcessEnv = { TRUST_PROXY: '2' };
		prepareAdapterEnv(two);
		expect(two).toMatchObject({ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '2', HOST_HEADER: 'x-forwarded-host' });
		const one: NodeJS.ProcessEnv = { TRUST_PROXY: 'true' };
		prepareAdapterEnv(one);
		expect(one.XFF_DEPTH).toBe('1');
		const none: NodeJS.ProcessEnv = {};
		prepareAdapterEnv(none);
		expect(none.ADDRESS_HEADER).toBeUndefined();
		expect(none.XFF_DEPTH).toBeUndefined();
	});
});
