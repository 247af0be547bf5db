import { dateForInput } from '../../shared/calendar-date.ts';
import type { ProjectDetails, ProjectObjective } from '../details/project-details.schemas.ts';
import type { ProjectChanges } from './project-basics.schemas.ts';

/** The parts of a project's edit form, each saved on its own. */
export const projectFormSections = ['basics', 'texts', 'objectives', 'strands', 'links', 'contact'] as const;
export type ProjectFormSection = (typeof projectFormSections)[number];

export const projectFormSection = (value: unknown): ProjectFormSection =>
	projectFormSections.includes(value as ProjectFormSection) ? (value as ProjectFormSection) : 'basics';

type Fields = Record<string, string>;
type Localized = { sl: string; en?: string };

const localizedFields = (fields: Fields, name: string, text: Localized | null | undefined) => {
	fields[`${name}.sl`] = text?.sl ?? '';
	fields[`${name}.en`] = text?.en ?? '';
};

/** A project as its edit form shows it: every section's fields, dates as people write them. */
export function projectToFields(project: ProjectDetails, locale: 'sl' | 'en'): Fields {
	const fields: Fields = {
		acronym: project.acronym ?? '',
		slug: project.slug,
		startsOn: dateForInput(project.startsOn, locale),
		endsOn: dateForInput(project.endsOn, locale),
		predecessorId: project.predecessor?.id ?? '',
		'contact.name': project.contact.name ?? '',
		'contact.email': project.contact.email ?? '',
		'contact.phone': project.contact.phone ?? '',
		updatedAt: project.updatedAt
	};
	localizedFields(fields, 'title', project.title);
	localizedFields(fields, 'problem', project.problem);
	localizedFields(fields, 'goal', project.goal);
	const objectiveFields = (prefix: string, objective: Omit<ProjectObjective, 'objectives'>) => {
		localizedFields(fields, `${prefix}.title`, objective.title);
		localizedFields(fields, `${prefix}.description`, objective.description);
		fields[`${prefix}.results.sl`] = objective.results.map((result) => result.sl).join('\n');
		fields[`${prefix}.results.en`] = objective.results.map((result) => result.en ?? '').join('\n');
	};
	project.objectives.forEach((general, index) => {
		objectiveFields(`objectives.${index}`, general);
		general.objectives.forEach((specific, position) => objectiveFields(`objectives.${index}.objectives.${position}`, specific));
	});
	project.strands.forEach((strand, index) => {
		localizedFields(fields, `strands.${index}.title`, strand.title);
		localizedFields(fields, `strands.${index}.description`, strand.description);
	});
	project.links.forEach((link, index) => {
		localizedFields(fields, `links.${index}.title`, link.title);
		fields[`links.${index}.url`] = link.url;
	});
	return fields;
}

const text = (fields: Fields, name: string) => (fields[name] ?? '').trim();

/** A text in both languages as typed; none when both are empty (an English text alone is refused beside the Slovenian). */
function localized(fields: Fields, name: string): Localized | undefined {
	const sl = text(fields, `${name}.sl`);
	const en = text(fields, `${name}.en`);
	if (!sl && !en) return undefined;
	return en ? { sl, en } : { sl };
}

const lines = (value: string) =>
	value
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

/** The numbered rows of a list the form sent (`strands.0…`, `strands.1…`), in order. */
const rowsOf = (fields: Fields, list: string) => {
	const numbers = new Set<number>();
	for (const name of Object.keys(fields)) {
		const match = new RegExp(`^${list.replaceAll('.', '\\.')}\\.(\\d+)\\.`).exec(name);
		if (match) numbers.add(Number(match[1]));
	}
	return [...numbers].sort((a, b) => a - b);
};

const isEmptyRow = (fields: Fields, prefix: string) => Object.entries(fields).every(([name, value]) => !name.startsWith(`${prefix}.`) || value.trim() === '');

/**
 * One section of the form as the change it asks for, and where each of its problems goes back to:
 * `fieldOf` turns the path of an issue in the change into the name of the field that caused it.
 * Rows left entirely empty are no rows; a result is a line, its English a line at the same place.
 */
export function sectionToChanges(
	section: ProjectFormSection,
	fields: Fields
): { changes: ProjectChanges; fieldOf: (path: PropertyKey[]) => string; problems: Fields } {
	const problems: Fields = {};
	// the form's row number of each row the change holds, per list
	const rowNumbers: Record<string, number[]> = {};
	const keptRows = (list: string) => (rowNumbers[list] = rowsOf(fields, list).filter((row) => !isEmptyRow(fields, `${list}.${row}`)));
	let changes: ProjectChanges = {};
	switch (section) {
		case 'basics':
			changes = {
				title: localized(fields, 'title') ?? { sl: '' },
				acronym: text(fields, 'acronym'),
				slug: text(fields, 'slug'),
				startsOn: text(fields, 'startsOn') || null,
				endsOn: text(fields, 'endsOn') || null,
				predecessorId: text(fields, 'predecessorId') || null
			};
			break;
		case 'texts':
			changes = { problem: localized(fields, 'problem') ?? null, goal: localized(fields, 'goal') ?? null };
			break;
		case 'objectives': {
			const objective = (prefix: string) => {
				const sl = lines(fields[`${prefix}.results.sl`] ?? '');
				const en = lines(fields[`${prefix}.results.en`] ?? '');
				if (en.length > sl.length) problems[`${prefix}.results.en`] = 'project_admin_results_more_english';
				return {
					title: localized(fields, `${prefix}.title`) ?? { sl: '' },
					description: localized(fields, `${prefix}.description`),
					results: sl.map((line, index) => (en[index] ? { sl: line, en: en[index] } : { sl: line }))
				};
			};
			changes = {
				objectives: keptRows('objectives').map((row) => ({
					...objective(`objectives.${row}`),
					objectives: keptRows(`objectives.${row}.objectives`).map((specific) => objective(`objectives.${row}.objectives.${specific}`))
				}))
			};
			break;
		}
		case 'strands':
			changes = {
				strands: keptRows('strands').map((row) => ({
					title: localized(fields, `strands.${row}.title`) ?? { sl: '' },
					description: localized(fields, `strands.${row}.description`)
				}))
			};
			break;
		case 'links':
			changes = {
				links: keptRows('links').map((row) => ({ title: localized(fields, `links.${row}.title`) ?? { sl: '' }, url: text(fields, `links.${row}.url`) }))
			};
			break;
		case 'contact': {
			const contact = { name: text(fields, 'contact.name'), email: text(fields, 'contact.email'), phone: text(fields, 'contact.phone') };
			const given = Object.fromEntries(Object.entries(contact).filter(([, value]) => value));
			changes = { contact: Object.keys(given).length > 0 ? given : null };
			break;
		}
	}

	const fieldOf = (path: PropertyKey[]): string => {
		const keys = path.map(String);
		const [list, index, ...rest] = keys;
		if (!list || index === undefined || !(list in rowNumbers)) return keys.join('.') || 'form';
		let prefix = `${list}.${rowNumbers[list]![Number(index)]}`;
		let tail = rest;
		if (list === 'objectives' && rest[0] === 'objectives' && rest[1] !== undefined) {
			const nested = `${prefix}.objectives`;
			prefix = `${nested}.${rowNumbers[nested]?.[Number(rest[1])]}`;
			tail = rest.slice(2);
		}
		// a result's problem belongs to the lines it was typed in, in its language
		if (tail[0] === 'results') return `${prefix}.results.${tail[2] ?? 'sl'}`;
		return tail.length > 0 ? `${prefix}.${tail.join('.')}` : `${prefix}.title.sl`;
	};
	return { changes, fieldOf, problems };
}
