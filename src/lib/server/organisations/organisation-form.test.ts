import { describe, expect, it } from 'vitest';
import { aliasRowCount, fieldsToOrganisation, newOrganisationOf, organisationToFields, problemsOf } from './organisation-form.ts';
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
	it('round-trips every field of an organisation', () => {
		const { changes } = fieldsToOrganisation(organisationToFields(full));
		expect(organisationInputSchema.parse(newOrganisationOf(changes))).toEqual(full);
	});

	it('writes checkboxes and dates per field of work', () => {
		const fields = organisationToFields(full);
		expect(fields).toMatchObject({
			'field.culture': 'on',
			'field.youth': 'on',
			'publicInterest.culture': 'on',
			'publicInterestDate.culture': '2019-03-04',
			'publicInterest.youth': 'on',
			'publicInterestDate.youth': '',
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

	it('offers one empty alias row more than there are, and skips empty rows when reading', () => {
		expect(aliasRowCount(organisationToFields(full))).toBe(3);
		expect(aliasRowCount({})).toBe(1);
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

	it('takes a decision date without the box ticked as the status granted on that date', () => {
		const { changes } = fieldsToOrganisation({
			name: 'X',
			legalForm: 'association',
			'publicInterestDate.health': '2020-01-02',
			'publicInterestDate.sport': ''
		});
		expect(changes.publicInterest).toEqual([{ field: 'health', decidedOn: '2020-01-02' }]);
	});

	it('points every problem at the form field that shows it, named for translation', () => {
		const { changes, fieldOf } = fieldsToOrganisation({
			name: '',
			legalForm: '',
			registrationNumber: '12345',
			taxNumber: '15012558',
			postalCode: '40000',
			'publicInterest.culture': 'on',
			'publicInterestDate.culture': '4. 3. 2019'
		});
		const result = organisationInputSchema.safeParse(newOrganisationOf(changes));
		expect(result.success).toBe(false);
		expect(problemsOf(result.error!.issues, fieldOf)).toEqual({
			name: 'invalid_too_small',
			legalForm: 'invalid_invalid_value',
			registrationNumber: 'registration_number_format',
			taxNumber: 'tax_number_check_digit',
			postalCode: 'postal_code_format',
			'publicInterestDate.culture': 'invalid_invalid_format'
		});
	});
});
