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
	it.each(demoSpaces.map((space, index) => [space.slug, index] as const))('round-trips the whole %s profile', (_slug, index) => {
		const space = asSpace(index);
		const { id: _id, createdAt: _c, updatedAt: _u, slug: _s, ...profile } = space;
		const canonical = {
			...profile,
			meansOfWork: [...profile.meansOfWork].sort((a, b) => meansOfWorkKinds.indexOf(a.kind) - meansOfWorkKinds.indexOf(b.kind))
		};
		expect(spaceChangesSchema.parse(fieldsToChanges(profileToFields(space)).changes)).toEqual(canonical);
	});

	it('shows the rows each list has, and one empty row to start an empty list', () => {
		const fields = profileToFields(asSpace(2));
		const counts = rowCounts(fields);
		expect(counts.hostOrganisations).toBe(asSpace(2).hostOrganisations.length);
		expect(counts.financers).toBe(asSpace(2).financers.length);
		expect(rowCounts({}).financers).toBe(1);
	});

	it('ignores empty rows, keeps the form row of each filled one for errors', () => {
		const { changes, fieldOf } = fieldsToChanges({
			'name.sl': 'Ime',
			'hostOrganisations.0.name.sl': '',
			'hostOrganisations.0.role': 'host',
			'hostOrganisations.1.name.sl': 'Zavod',
			'hostOrganisations.1.role': 'host',
			'hostOrganisations.1.website': 'not a url'
		});
		expect(changes.hostOrganisations).toEqual([{ name: { sl: 'Zavod' }, role: 'host', website: 'not a url' }]);
		expect(fieldOf(['hostOrganisations', 0, 'website'])).toBe('hostOrganisations.1.website');
	});

	it('reads lists of paragraphs and points their errors, and those of means of work, at the text areas', () => {
		const { changes, fieldOf } = fieldsToChanges({
			'strategicGoals.sl': 'prvi\n\n',
			'strategicGoals.en': 'first\n\nsecond\nline',
			'meansOfWork.advocacy.en': 'Advocacy'
		});
		expect(changes.strategicGoals).toEqual([
			{ sl: 'prvi', en: 'first' },
			{ sl: '', en: 'second\nline' }
		]);
		expect(fieldOf(['strategicGoals', 1, 'sl'])).toBe('strategicGoals.sl');
		expect(fieldOf(['meansOfWork', 0, 'description', 'sl'])).toBe('meansOfWork.advocacy.sl');
	});
});

describe('space profile in sections', () => {
	it('puts every field of the form in exactly one section', () => {
		const fields = profileToFields(asSpace(2));
		for (const field of Object.keys(fields)) expect(sectionOfField(field), field).toBeDefined();
		expect(sectionOfField('financers.0.name.sl')).toBe('financers');
		expect(sectionOfField('name.sl')).toBe('basic');
		expect(changedKeys('contact')).toEqual(['website', 'contact', 'socialLinks']);
		// the project the profile once held is a project now, edited under the space's projects
		expect(sectionOfField('supportProject.title.sl')).toBeUndefined();
	});

	it('saves one section over the saved profile: what is sent for another section changes nothing', () => {
		const space = asSpace(2);
		const saved = profileToFields(space);
		const sent = { ...saved, 'mission.sl': 'Novo poslanstvo', 'name.sl': 'Tuje ime', 'hostOrganisations.0.name.sl': 'Tuj gostitelj' };
		const { changes } = fieldsToChanges(withSection(saved, sent, 'goals'));
		expect(changes.mission).toEqual({ ...space.mission, sl: 'Novo poslanstvo' });
		expect(changes.name).toEqual(space.name);
		expect(changes.hostOrganisations).toEqual(space.hostOrganisations);
	});
});
