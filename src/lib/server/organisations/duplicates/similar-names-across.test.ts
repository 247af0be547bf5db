import { describe, expect, it } from 'vitest';
import { similarNamesAcross } from './duplicates.matching.ts';

const organisation = (id: string, foldedName: string, municipalityCode = '061', city: string | null = null) => ({ id, foldedName, city, municipalityCode });

describe('new organisations against the registry', () => {
	it('pairs alike names of the same municipality, typos and abbreviations included', () => {
		const existing = [organisation('kd', 'kulturno drustvo cuk sentvid'), organisation('pgd', 'prostovoljno gasilsko drustvo breg', '052')];
		const candidates = [
			organisation('typo', 'kulturno drustvo cuk sentivd'),
			organisation('short', 'pgd breg', '052'),
			organisation('elsewhere', 'kulturno drustvo cuk sentvid', '052'),
			organisation('other', 'sportno drustvo cuk sentvid')
		];
		const pairs = similarNamesAcross(candidates, existing, 0.85).map((pair) => [pair.leftId, pair.rightId]);
		expect(pairs).toEqual([
			['typo', 'kd'],
			['short', 'pgd']
		]);
	});

	it('keeps two named places apart, and meets nobody through a word hundreds share', () => {
		const existing = [
			organisation('zgornje', 'pgd zgornje brezje', '052', 'Zgornje Brezje'),
			...Array.from({ length: 300 }, (_, index) => organisation(`many${index}`, `drustvo uvozeno ${index}`))
		];
		expect(similarNamesAcross([organisation('spodnje', 'pgd spodnje brezje', '052', 'Spodnje Brezje')], existing, 0.85)).toEqual([]);
		expect(similarNamesAcross([organisation('new', 'drustvo uvozeno 1000')], existing, 0.85)).toEqual([]);
	});

	it('meets an organisation entered without a city when the name has common words only (an AJPES row beside a hand-made entry)', () => {
		const existing = [organisation('hand', 'planinsko drustvo zalec', '190')];
		const pairs = similarNamesAcross([organisation('prs', 'planinsko drustvo zalec', '190', 'Žalec')], existing, 0.85);
		expect(pairs.map((pair) => [pair.leftId, pair.rightId])).toEqual([['prs', 'hand']]);
	});
});
