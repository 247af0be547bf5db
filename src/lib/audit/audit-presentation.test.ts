import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime.js';
import { presentRecordedChange, valueText } from './audit-presentation.ts';
import { isLongText } from './long-text.ts';
import { iskra } from '../server/spaces/demo/iskra.ts';
import { auditVocabulary } from './audit-vocabulary.ts';

const changed = (before: Record<string, unknown> | null, after: Record<string, unknown> | null) =>
	[...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]));

const profileBefore = {
	id: 'a1',
	name: { sl: 'Grozd' },
	mission: { sl: 'Staro poslanstvo.' },
	vision: { sl: 'Stara vizija.', en: 'Old vision.' },
	website: 'https://grozd.si'
};
const profileChange = {
	action: 'space.update',
	entity: { type: 'space' },
	before: profileBefore,
	after: { ...profileBefore, mission: { sl: 'Novo poslanstvo.' }, vision: { sl: 'Nova vizija.', en: 'New vision.' } }
};
const entryOf = (change: typeof profileChange) => ({ ...change, changedFields: changed(change.before, change.after) });

describe('an audit entry in words', () => {
	const original = getLocale;
	beforeEach(() => overwriteGetLocale(() => 'sl'));
	afterAll(() => overwriteGetLocale(original));

	it('names the action and the changed fields in the reader’s language, whoever acted', () => {
		expect(presentRecordedChange(entryOf(profileChange), 'sl').summary).toBe('Sprememba profila: poslanstvo, vizija');
		overwriteGetLocale(() => 'en');
		expect(presentRecordedChange(entryOf(profileChange), 'en').summary).toBe('Changed the profile: mission, vision');
	});

	it('shows each changed field before and after, a text in two languages as both', () => {
		const shown = presentRecordedChange(entryOf(profileChange), 'sl');
		expect(shown.kind).toBe('Profil prostora');
		expect(shown.subject).toBe('Grozd');
		expect(shown.changes).toEqual([
			{ field: 'mission', label: 'Poslanstvo', before: 'Staro poslanstvo.', after: 'Novo poslanstvo.' },
			{ field: 'vision', label: 'Vizija', before: 'Slovensko: Stara vizija.\nAngleško: Old vision.', after: 'Slovensko: Nova vizija.\nAngleško: New vision.' }
		]);
	});

	it('shows a record made by what it holds: coded values and dates in words, never an id or an empty field', () => {
		const shown = presentRecordedChange(
			{
				action: 'invitation.create',
				entity: { type: 'invitation' },
				before: null,
				after: {
					id: 'f3e1',
					spaceId: '627ee61b-79f3-4bf3-8bea-472c07cd3f99',
					email: 'ana@primer.si',
					role: 'member_editor',
					locale: 'sl',
					organisationId: null,
					expiresAt: '2026-12-01T10:00:00.000Z'
				},
				changedFields: ['email', 'expiresAt', 'id', 'locale', 'organisationId', 'role', 'spaceId']
			},
			'sl'
		);
		expect(shown.summary).toBe('Vabilo v ekipo');
		expect(shown.subject).toBe('ana@primer.si');
		expect(shown.changes.map(({ label, before, after }) => [label, before, after])).toEqual([
			['E-pošta', undefined, 'ana@primer.si'],
			['Velja do', undefined, '1. dec. 2026, 11:00'],
			['Jezik', undefined, 'slovensko'],
			['Vloga', undefined, 'urednik članice']
		]);
	});

	it('reads a nested record by the names of its fields', () => {
		const words = auditVocabulary.entities.organisation;
		expect(valueText({ name: 'Društvo Sonček', donationEligible: true, fields: [] }, { locale: 'sl', words })).toBe(
			'Ime: Društvo Sonček\nUpravičenost do donacij iz dohodnine: da'
		);
		expect(valueText([{ sl: 'Ena' }, { sl: 'Dva' }], { locale: 'sl' })).toBe('Ena\nDva');
		expect(valueText(['a', 'b'], { locale: 'sl' })).toBe('a, b');
		expect(valueText('2019-10-01', { locale: 'en' })).toBe('1 October 2019');
		expect(valueText(30000, { locale: 'sl' })).toBe('30.000');
		expect(valueText(null, { locale: 'sl' })).toBe('—');
	});

	it('reads a whole space profile, its nested parts’ coded values in words', () => {
		const shown = presentRecordedChange(
			{ action: 'space.create', entity: { type: 'space' }, before: null, after: iskra, changedFields: Object.keys(iskra) },
			'sl'
		);
		const text = (field: string) => shown.changes.find((change) => change.field === field)?.after;
		expect(shown.summary).toBe('Nov prostor');
		expect(text('kind')).toBe('Regijsko stičišče');
		expect(text('regionCode')).toBe('Obalno-kraška');
		expect(text('meansOfWork')).toMatch(/^Vrsta: Informiranje/m);
		expect(shown.changes.map((change) => change.after).join('\n')).not.toMatch(/\b(informing|regional_hub|operator|lead_applicant)\b/);
	});

	it('says nothing more of a person whose data were erased on request', () => {
		const shown = presentRecordedChange(
			{ action: 'person.update', entity: { type: 'person' }, before: { erased: true }, after: { erased: true }, changedFields: [] },
			'sl'
		);
		expect(shown).toEqual({ summary: 'Sprememba podatkov osebe', kind: 'Oseba', changes: [] });
	});

	it('keeps a field without words out of sight, and an unknown action shows as it is recorded', () => {
		const shown = presentRecordedChange(
			{ action: 'space.explode', entity: { type: 'space' }, before: { colour: 'red' }, after: { colour: 'blue' }, changedFields: ['colour'] },
			'sl'
		);
		expect(shown).toMatchObject({ summary: 'space.explode', changes: [] });
	});

	it('tells long texts, which read better as blocks of their own', () => {
		expect(isLongText('kratko')).toBe(false);
		expect(isLongText('prva vrstica\ndruga')).toBe(true);
		expect(isLongText('x'.repeat(121))).toBe(true);
		expect(isLongText(undefined)).toBe(false);
	});
});
