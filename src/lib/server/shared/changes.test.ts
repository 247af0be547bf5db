import { describe, expect, it } from 'vitest';
import { z, ZodError } from 'zod';
import { withChanges } from './changes.ts';

const changesSchema = z
	.object({ name: z.string().min(1), website: z.url(), goals: z.array(z.string()).default([]) })
	.partial()
	.strict();
const current = { name: 'Grozd', website: 'https://grozd.si', goals: ['one'] };

describe('changes of a PATCH', () => {
	it('changes only the fields sent, without the schema’s defaults overwriting the rest', () => {
		expect(withChanges(current, { website: 'https://grozd.example.si' }, changesSchema)).toEqual({ ...current, website: 'https://grozd.example.si' });
	});

	it('clears a field sent as null', () => {
		expect(withChanges(current, { website: null, goals: null }, changesSchema)).toEqual({ name: 'Grozd' });
	});

	it('refuses what the changes schema refuses, unknown fields included, null or not', () => {
		expect(() => withChanges(current, { website: 'no address' }, changesSchema)).toThrow(ZodError);
		expect(() => withChanges(current, { slug: null }, changesSchema)).toThrow(ZodError);
		expect(() => withChanges(current, ['website'], changesSchema)).toThrow(ZodError);
	});
});
