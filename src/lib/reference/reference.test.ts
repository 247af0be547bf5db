import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regions } from './regions.ts';
import { foldText } from './fold-text.ts';
import { isRegistrationNumber, isTaxNumber, taxNumberCheckDigit } from './identifiers.ts';
import { municipalities, municipalityByCode, municipalityByName, regionOfMunicipality } from './municipalities.ts';

const referenceFolder = new URL('../../../../shared/reference/', import.meta.url);
const csv = (name: string) =>
	readFileSync(new URL(name, referenceFolder), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(','));

describe.runIf(existsSync(referenceFolder))('reference data against the checked GURS extract', () => {
	it('has every municipality with its name and region, and nothing else', () => {
		const expected = csv('municipalities.csv').map(([code, name, regionCode]) => ({ code, name, regionCode }));
		expect(municipalities.map(({ code, name, regionCode }) => ({ code, name, regionCode }))).toEqual(expected);
		expect(municipalities).toHaveLength(212);
	});

	it('has the 12 regions with their NUTS-3 codes and municipality counts', () => {
		const expected = csv('regions.csv').map(([code, name, , count]) => ({ code, name, count: Number(count) }));
		const actual = regions.map((region) => ({
			code: region.code,
			name: region.name,
			count: municipalities.filter((municipality) => municipality.regionCode === region.code).length
		}));
		expect(actual).toEqual(expected);
	});
});

describe('finding municipalities', () => {
	it('by code, with or without leading zeros', () => {
		expect(municipalityByCode('61')?.name).toBe('Ljubljana');
		expect(municipalityByCode('061')?.name).toBe('Ljubljana');
		expect(municipalityByCode('145')).toBeUndefined();
	});

	it('by name or alias, ignoring case, diacritics and spaces around hyphens', () => {
		expect(municipalityByName('rače - fram')?.code).toBe('098');
		expect(municipalityByName('RACE-FRAM')?.code).toBe('098');
		expect(municipalityByName('Kanal ob Soči')?.code).toBe('044');
		expect(municipalityByName('Sveti Andraž v Slov. goricah')?.code).toBe('182');
		expect(municipalityByName('Atlantida')).toBeUndefined();
	});

	it('gives the region of a municipality', () => {
		expect(regionOfMunicipality('050')).toBe('SI044'); // Koper
		expect(regionOfMunicipality('999')).toBeUndefined();
	});
});

describe('identifiers', () => {
	it('accepts registration numbers of 7 or 10 digits only', () => {
		expect(isRegistrationNumber('1234567')).toBe(true);
		expect(isRegistrationNumber('1234567000')).toBe(true);
		for (const wrong of ['123456', '12345678', '123456789', '12345678901', '123456a', '']) expect(isRegistrationNumber(wrong)).toBe(false);
	});

	it('checks the mod-11 check digit of tax numbers', () => {
		expect(isTaxNumber('15012557')).toBe(true);
		expect(isTaxNumber('15012558')).toBe(false);
		expect(isTaxNumber('1501255')).toBe(false);
		expect(isTaxNumber('05012557')).toBe(false);
		// remainder 1 gives check digit 10, written 0
		const firstSeven = '1000002';
		expect(taxNumberCheckDigit(firstSeven)).toBe(0);
		expect(isTaxNumber(`${firstSeven}0`)).toBe(true);
		// remainder 0 is never issued
		expect(taxNumberCheckDigit('1000007')).toBeUndefined();
	});
});

describe('folding text for search', () => {
	it('removes case and diacritics and separates words', () => {
		expect(foldText('Društvo STIČIŠČE – Đurđa,  Žalec')).toBe('drustvo sticisce durda zalec');
		expect(foldText('  ')).toBe('');
	});
});
