import { describe, expect, it } from 'vitest';
import { meansOfWorkKinds } from '../../spaces/space-enums.ts';
import { demoSpaces } from './demo/index.ts';
import { fieldsToChanges, formatAmount, parseAmount, profileToFields, rowCounts } from './profile-form.ts';
import { spaceChangesSchema, spaceInputSchema, type Space } from './spaces.schemas.ts';

const asSpace = (index: number): Space => ({
	...spaceInputSchema.parse(demoSpaces[index]),
	id: '00000000-0000-4000-8000-000000000000',
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z'
});

describe('space profile as form fields', () => {
	it.each(demoSpaces.map((space, index) => [space.slug, index] as const))('round-trips the whole %s profile, in both form languages', (_slug, index) => {
		const space = asSpace(index);
		const { id: _id, createdAt: _c, updatedAt: _u, slug: _s, ...profile } = space;
		const canonical = {
			...profile,
			meansOfWork: [...profile.meansOfWork].sort((a, b) => meansOfWorkKinds.indexOf(a.kind) - meansOfWorkKinds.indexOf(b.kind))
		};
		for (const locale of ['sl', 'en'] as const) {
			const { changes, errors } = fieldsToChanges(profileToFields(space, locale), locale);
			expect(errors).toEqual({});
			expect(spaceChangesSchema.parse(changes)).toEqual(canonical);
		}
	});

	it('offers one empty row more than each list has', () => {
		const fields = profileToFields(asSpace(2), 'sl');
		const counts = rowCounts(fields);
		expect(counts.hostOrganisations).toBe(asSpace(2).hostOrganisations.length + 1);
		expect(counts['supportProject.partners']).toBe(asSpace(2).supportProject!.partners.length + 1);
		expect(rowCounts({}).financers).toBe(1);
	});

	it('ignores empty rows, keeps the form row of each filled one for errors', () => {
		const { changes, fieldOf } = fieldsToChanges(
			{
				'name.sl': 'Ime',
				'hostOrganisations.0.name.sl': '',
				'hostOrganisations.0.role': 'host',
				'hostOrganisations.1.name.sl': 'Zavod',
				'hostOrganisations.1.role': 'host',
				'hostOrganisations.1.website': 'not a url'
			},
			'sl'
		);
		expect(changes.hostOrganisations).toEqual([{ name: { sl: 'Zavod' }, role: 'host', website: 'not a url' }]);
		expect(fieldOf(['hostOrganisations', 0, 'website'])).toBe('hostOrganisations.1.website');
	});

	it('reads lists of paragraphs and points their errors, and those of means of work, at the text areas', () => {
		const { changes, fieldOf } = fieldsToChanges(
			{ 'strategicGoals.sl': 'prvi\n\n', 'strategicGoals.en': 'first\n\nsecond\nline', 'meansOfWork.advocacy.en': 'Advocacy' },
			'en'
		);
		expect(changes.strategicGoals).toEqual([
			{ sl: 'prvi', en: 'first' },
			{ sl: '', en: 'second\nline' }
		]);
		expect(fieldOf(['strategicGoals', 1, 'sl'])).toBe('strategicGoals.sl');
		expect(fieldOf(['meansOfWork', 0, 'description', 'sl'])).toBe('meansOfWork.advocacy.sl');
	});

	it.each([
		['334.613,93', 'sl', 33_461_393],
		['334613,93', 'sl', 33_461_393],
		['60.000', 'sl', 6_000_000],
		['334,613.93', 'en', 33_461_393],
		['1 000,5 €', 'sl', 100_050],
		['', 'sl', undefined],
		['12,345', 'sl', 'invalid'],
		['abc', 'en', 'invalid']
	] as const)('reads the amount "%s" (%s) as %s', (text, locale, expected) => {
		expect(parseAmount(text, locale)).toBe(expected);
	});

	it('writes amounts the way they are read back', () => {
		expect(formatAmount(33_461_393, 'sl')).toBe('334.613,93');
		expect(formatAmount(33_461_393, 'en')).toBe('334,613.93');
		expect(parseAmount(formatAmount(6_000_000, 'sl'), 'sl')).toBe(6_000_000);
	});

	it('reports an amount it cannot read against its field', () => {
		const { errors } = fieldsToChanges({ 'name.sl': 'X', 'supportProject.totalValue': 'veliko' }, 'sl');
		expect(errors).toEqual({ 'supportProject.totalValue': 'invalid_amount' });
	});
});
