import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { isTaxNumber } from '../../../reference/identifiers.ts';
import { regionOfMunicipality } from '../../../reference/municipalities.ts';
import { organisationInputSchema } from '../organisations.schemas.ts';
import { ourColumns } from '../import/file-format.ts';
import { syntheticRegistryCsv } from './synthetic-csv.ts';
import { generateRegistry, legalFormShares } from './synthetic-registry.ts';

describe('synthetic registry', () => {
	const rows = generateRegistry({ count: 20_000, seed: 7 });
	const share = (predicate: (row: (typeof rows)[number]) => boolean) => rows.filter(predicate).length / rows.length;

	it('gives every row as a valid organisation, with a valid tax number and a synthetic registration number', () => {
		for (const { organisation } of rows) {
			const parsed = organisationInputSchema.safeParse(organisation);
			expect(parsed.success, `${organisation.name}: ${parsed.error?.message}`).toBe(true);
			expect(isTaxNumber(organisation.taxNumber!)).toBe(true);
			expect(organisation.registrationNumber).toMatch(/^9\d{6}$/);
			expect(organisation.email).toMatch(/\.example$/);
		}
		expect(new Set(rows.map((row) => row.organisation.taxNumber)).size).toBe(rows.length);
		expect(new Set(rows.map((row) => row.organisation.registrationNumber)).size).toBe(rows.length);
	});

	it('has legal forms in the proportions of the real registry', () => {
		const societies = share((row) => row.organisation.legalForm === 'association' || row.organisation.legalForm === 'federation');
		expect(societies).toBeGreaterThan(0.83);
		expect(societies).toBeLessThan(0.87);
		expect(share((row) => row.organisation.legalForm === 'private_institute')).toBeCloseTo(legalFormShares.private_institute, 1);
		expect(share((row) => row.organisation.legalForm === 'foundation')).toBeGreaterThan(0.005);
		expect(share((row) => row.organisation.legalForm === 'foundation')).toBeLessThan(0.015);
		expect(rows.some((row) => row.organisation.legalForm === 'cooperative')).toBe(true);
	});

	it('spreads organisations roughly as people live: Ljubljana most, every region present', () => {
		const ljubljana = share((row) => row.organisation.municipalityCode === '061');
		expect(ljubljana).toBeGreaterThan(0.1);
		expect(ljubljana).toBeLessThan(0.18);
		const regions = new Set(rows.map((row) => regionOfMunicipality(row.organisation.municipalityCode)));
		expect(regions.size).toBe(12);
		expect(share((row) => row.organisation.name.startsWith('Prostovoljno gasilsko društvo '))).toBeGreaterThan(0.03);
		expect(share((row) => row.organisation.publicInterest.length > 0)).toBeGreaterThan(0.02);
	});

	it('is the same for the same seed and differs for another', () => {
		expect(generateRegistry({ count: 300, seed: 7 })).toEqual(rows.slice(0, 300));
		expect(generateRegistry({ count: 300, seed: '7' })).toEqual(rows.slice(0, 300));
		expect(generateRegistry({ count: 300, seed: 8 })[0]).not.toEqual(rows[0]);
	});

	it('spoils the rows asked for in the typical ways, and they fail validation for that reason', () => {
		const spoiled = generateRegistry({ count: 100, seed: 7, badRows: 6 }).filter((row) => row.problem);
		expect(spoiled.map((row) => row.problem)).toEqual([
			'tax_number_check_digit',
			'municipality_unknown',
			'name_missing',
			'tax_number_check_digit',
			'municipality_unknown',
			'name_missing'
		]);
		for (const row of spoiled) {
			const issues = organisationInputSchema.safeParse(row.organisation).error?.issues ?? [];
			expect(issues.map((issue) => (issue.code === 'custom' ? issue.message : issue.path.join('.')))).toEqual([
				row.problem === 'name_missing' ? 'name' : row.problem
			]);
		}
	});

	it('writes our CSV format, which reads back to the same organisations', () => {
		const sample = generateRegistry({ count: 50, seed: 3 });
		const records = parse(syntheticRegistryCsv(sample), { columns: true }) as Record<string, string>[];
		expect(Object.keys(records[0]!)).toEqual([...ourColumns]);
		expect(records).toHaveLength(50);
		records.forEach((record, index) => {
			const organisation = sample[index]!.organisation;
			expect(record).toMatchObject({
				registration_number: organisation.registrationNumber,
				name: organisation.name,
				municipality_code: organisation.municipalityCode,
				fields: organisation.fields.join(';')
			});
		});
	});
});
