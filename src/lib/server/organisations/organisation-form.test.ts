import { describe, expect, it } from 'vitest';
import { fieldsToOrganisation, newOrganisationOf, organisationRowCounts, organisationToFields, problemsOf } from './organisation-form.ts';
import { organisationChangesSchema, organisationInputSchema, type OrganisationInput } from './organisations.schemas.ts';

const full: OrganisationInput = organisationInputSchema.parse({
	name: 'Društvo za trajnostni razvoj Duh časa',
	shortName: 'Duh časa',
	aliases: ['Duh casa', 'Spirit of the Time'],
	legalForm: 'association',
	registrationNumber: '1234567',
	taxNumber: '15012557',
	street: 'Prešernova ulica 1',
	postalCode: '4000',
	city: 'Kranj',
	municipalityCode: '052',
	email: 'info@duhcasa.si',
	website: 'https://www.duhcasa.si',
	fields: ['culture', 'youth'],
	publicInterest: [
		{ field: 'culture', decidedOn: '2019-03-04' },
		{ field: 'youth', decidedOn: null }
	],
	donationEligible: true
});

describe('organisation as form fields', () => {
	it.each(['sl', 'en'] as const)('round-trips every field of an organisation (%s)', (locale) => {
		const { changes } = fieldsToOrganisation(organisationToFields(full, locale));
		expect(organisationInputSchema.parse(newOrganisationOf(changes))).toEqual(full);
	});

	it('writes a checkbox per field of work and a row per public-interest status, its date as people write it', () => {
		const fields = organisationToFields(full, 'sl');
		expect(fields).toMatchObject({
			'field.culture': 'on',
			'field.youth': 'on',
			'publicInterest.0.field': 'culture',
			'publicInterest.0.decidedOn': '4. 3. 2019',
			'publicInterest.1.field': 'youth',
			'publicInterest.1.decidedOn': '',
			donationEligible: 'on',
			'aliases.0': 'Duh casa',
			'aliases.1': 'Spirit of the Time'
		});
		expect(fields).not.toHaveProperty('field.health');
	});

	it('clears optional fields left empty (null), so that an update empties them', () => {
		const { changes } = fieldsToOrganisation({ name: ' Zavod Tri ', legalForm: 'private_institute', city: '  ', website: '' });
		expect(changes).toMatchObject({
			name: 'Zavod Tri',
			city: null,
			website: null,
			shortName: null,
			aliases: [],
			fields: [],
			publicInterest: [],
			donationEligible: false
		});
		expect(organisationChangesSchema.parse(newOrganisationOf(changes))).toEqual({
			name: 'Zavod Tri',
			legalForm: 'private_institute',
			aliases: [],
			fields: [],
			publicInterest: [],
			donationEligible: false
		});
	});

	it('shows the rows each list has, and skips empty rows when reading', () => {
		expect(organisationRowCounts(full)).toEqual({ aliases: 2, publicInterest: 2 });
		expect(organisationRowCounts({ aliases: [], publicInterest: [] })).toEqual({ aliases: 1, publicInterest: 0 });
		const { changes, fieldOf } = fieldsToOrganisation({
			name: 'X',
			legalForm: 'association',
			'aliases.0': '',
			'aliases.1': 'Iks',
			'aliases.2': 'Y'.repeat(301)
		});
		expect(changes.aliases).toEqual(['Iks', 'Y'.repeat(301)]);
		expect(fieldOf(['aliases', 1])).toBe('aliases.2');
	});

	it('reads public-interest rows with dates written either way, skipping empty rows', () => {
		const { changes } = fieldsToOrganisation({
			name: 'X',
			legalForm: 'association',
			'publicInterest.0.field': '',
			'publicInterest.0.decidedOn': '',
			'publicInterest.1.field': 'health',
			'publicInterest.1.decidedOn': '30. 9. 2023',
			'publicInterest.2.field': 'sport',
			'publicInterest.2.decidedOn': '2020-01-02'
		});
		expect(changes.publicInterest).toEqual([
			{ field: 'health', decidedOn: '2023-09-30' },
			{ field: 'sport', decidedOn: '2020-01-02' }
		]);
	});

	it('points every problem at the form field that shows it, named for translation', () => {
		const { changes, fieldOf } = fieldsToOrganisation({
			name: '',
			legalForm: '',
			registrationNumber: '12345',
			taxNumber: '15012558',
			postalCode: '40000',
			email: 'info@',
			website: 'www.primer.si',
			'publicInterest.3.field': 'culture',
			'publicInterest.3.decidedOn': '31. 2. 2019'
		});
		const result = organisationInputSchema.safeParse(newOrganisationOf(changes));
		expect(result.success).toBe(false);
		expect(problemsOf(result.error!.issues, fieldOf)).toEqual({
			name: 'problem_required',
			legalForm: 'problem_choose',
			registrationNumber: 'registration_number_format',
			taxNumber: 'tax_number_check_digit',
			postalCode: 'postal_code_format',
			email: 'problem_email',
			website: 'problem_web_address',
			'publicInterest.3.decidedOn': 'problem_date'
		});
	});
});
