import { describe, expect, it } from 'vitest';
import { meansOfWorkKinds } from '../../spaces/space-enums.ts';
import { demoSpaces } from './demo/index.ts';
import { fieldsToChanges, profileToFields, rowCounts } from './profile-form.ts';
import { changedKeys, sectionOfField, withSection } from './profile-sections.ts';
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

	it('shows the rows each list has, and one empty row to start an empty list', () => {
		const fields = profileToFields(asSpace(2), 'sl');
		const counts = rowCounts(fields);
		expect(counts.hostOrganisations).toBe(asSpace(2).hostOrganisations.length);
		expect(counts['supportProject.partners']).toBe(asSpace(2).supportProject!.partners.length);
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

	it('reports an amount it cannot read against its field', () => {
		const { errors } = fieldsToChanges({ 'name.sl': 'X', 'supportProject.totalValue': 'veliko', 'supportProject.ownFunds': '1,500' }, 'sl');
		expect(errors).toEqual({ 'supportProject.totalValue': 'amount_format', 'supportProject.ownFunds': 'amount_ambiguous' });
	});

	it('reads dates and amounts as people write them, and shows them so again', () => {
		const fields = { 'name.sl': 'X', 'supportProject.title.sl': 'P', 'supportProject.startDate': '30. 9. 2023', 'supportProject.endDate': '2024-09-30' };
		const { changes } = fieldsToChanges({ ...fields, 'supportProject.totalValue': '334 613,93', 'supportProject.ownFunds': '334613.93' }, 'sl');
		const project = changes.supportProject as Record<string, unknown>;
		expect(project).toMatchObject({ startDate: '2023-09-30', endDate: '2024-09-30', totalValueCents: 33_461_393, ownFundsCents: 33_461_393 });
		const space = { ...asSpace(0), supportProject: spaceInputSchema.shape.supportProject.parse(project) };
		expect(profileToFields(space, 'sl')).toMatchObject({ 'supportProject.startDate': '30. 9. 2023', 'supportProject.totalValue': '334.613,93' });
	});
});

describe('space profile in sections', () => {
	it('puts every field of the form in exactly one section, the project lists apart from its basics', () => {
		const fields = profileToFields(asSpace(2), 'sl');
		for (const field of Object.keys(fields)) expect(sectionOfField(field), field).toBeDefined();
		expect(sectionOfField('supportProject.partners.0.role')).toBe('projectResults');
		expect(sectionOfField('supportProject.totalValue')).toBe('project');
		expect(sectionOfField('financers.0.name.sl')).toBe('financers');
		expect(sectionOfField('name.sl')).toBe('basic');
		expect(changedKeys('projectResults')).toEqual(['supportProject']);
	});

	it('saves one section over the saved profile: what is sent for another section changes nothing', () => {
		const space = asSpace(2);
		const saved = profileToFields(space, 'sl');
		const sent = { ...saved, 'mission.sl': 'Novo poslanstvo', 'name.sl': 'Tuje ime', 'hostOrganisations.0.name.sl': 'Tuj gostitelj' };
		const { changes } = fieldsToChanges(withSection(saved, sent, 'goals'), 'sl');
		expect(changes.mission).toEqual({ ...space.mission, sl: 'Novo poslanstvo' });
		expect(changes.name).toEqual(space.name);
		expect(changes.hostOrganisations).toEqual(space.hostOrganisations);
	});

	it('keeps the project basics when its partners are saved, and drops a removed partner row', () => {
		const space = asSpace(2);
		const saved = profileToFields(space, 'sl');
		const partners = space.supportProject!.partners;
		const sent = Object.fromEntries(Object.entries(saved).filter(([field]) => !field.startsWith(`supportProject.partners.${partners.length - 1}.`)));
		const project = fieldsToChanges(withSection(saved, sent, 'projectResults'), 'sl').changes.supportProject as Record<string, unknown>;
		expect(project.partners).toEqual(partners.slice(0, -1));
		expect(project.title).toEqual(space.supportProject!.title);
		expect(project.totalValueCents).toBe(space.supportProject!.totalValueCents);
	});
});
