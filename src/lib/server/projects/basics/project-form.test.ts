import { describe, expect, it } from 'vitest';
import { projectChangesSchema } from './project-basics.schemas.ts';
import { sectionToChanges } from './project-form.ts';

describe("a project's edit form read as a change", () => {
	it('drops empty rows, pairs results line by line, and sends each problem back to the field of the row it was typed in', () => {
		const { changes, fieldOf, problems } = sectionToChanges('objectives', {
			'objectives.0.title.sl': '',
			'objectives.0.results.sl': '',
			'objectives.1.title.sl': 'Močnejše NVO',
			'objectives.1.results.sl': '12 usposabljanj\n\n 3 posveti ',
			'objectives.1.results.en': '12 trainings',
			'objectives.1.objectives.0.title.sl': '',
			'objectives.1.objectives.1.title.sl': '',
			'objectives.1.objectives.1.results.sl': 'rezultat brez cilja',
			'objectives.1.objectives.1.results.en': 'one\ntwo'
		});
		expect(changes.objectives).toEqual([
			{
				title: { sl: 'Močnejše NVO' },
				description: undefined,
				results: [{ sl: '12 usposabljanj', en: '12 trainings' }, { sl: '3 posveti' }],
				objectives: [{ title: { sl: '' }, description: undefined, results: [{ sl: 'rezultat brez cilja', en: 'one' }] }]
			}
		]);
		expect(problems).toEqual({ 'objectives.1.objectives.1.results.en': 'project_admin_results_more_english' });
		const issues = projectChangesSchema.safeParse(changes).error!.issues.map((issue) => fieldOf(issue.path));
		expect(issues).toEqual(['objectives.1.objectives.1.title.sl']);
		expect(fieldOf(['objectives', 0, 'results', 1, 'en'])).toBe('objectives.1.results.en');
	});

	it('reads the basics with empty optional fields as none, and the contact left empty as no contact', () => {
		expect(
			sectionToChanges('basics', {
				'title.sl': 'Projekt',
				'title.en': '',
				acronym: '',
				slug: 'projekt',
				startsOn: '1. 10. 2018',
				endsOn: '',
				predecessorId: ''
			}).changes
		).toEqual({ title: { sl: 'Projekt' }, acronym: '', slug: 'projekt', startsOn: '1. 10. 2018', endsOn: null, predecessorId: null });
		expect(sectionToChanges('contact', { 'contact.name': ' ', 'contact.email': '', 'contact.phone': '' }).changes).toEqual({ contact: null });
		const links = sectionToChanges('links', { 'links.0.title.sl': '', 'links.0.url': '', 'links.1.title.sl': 'Poročilo', 'links.1.url': 'ni naslov' });
		expect(projectChangesSchema.safeParse(links.changes).error!.issues.map((issue) => links.fieldOf(issue.path))).toEqual(['links.1.url']);
	});
});
