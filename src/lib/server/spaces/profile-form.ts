import { meansOfWorkKinds } from '../../spaces/space-enums.ts';
import type { LocalizedText } from '../shared/localized.ts';
import type { Space } from './spaces.schemas.ts';

/**
 * The space profile as flat form fields (`name.sl`, `financers.0.programme.fund.en`, …) and back.
 * Lists of texts are one item per paragraph (items apart by an empty line), in a Slovenian and an
 * English text area; lists of records are numbered rows with buttons that add and remove one
 * (works without JavaScript).
 */
export type FormFields = Record<string, string>;

const localizedKeys = ['name', 'shortName', 'field', 'summary', 'mission', 'vision', 'socialChallenge', 'purpose', 'generalGoal', 'approach'] as const;
const lineListKeys = ['strategicGoals', 'specificGoals'] as const;
const programmeTexts = ['fund', 'programme'] as const;
const programmeCodes = ['priorityAxis', 'investmentPriority', 'specificObjective'] as const;

type Row = Record<string, unknown>;

// --- profile → fields ---------------------------------------------------------------------------

function putLocalized(fields: FormFields, key: string, text: LocalizedText | undefined) {
	fields[`${key}.sl`] = text?.sl ?? '';
	fields[`${key}.en`] = text?.en ?? '';
}

function putLines(fields: FormFields, key: string, items: LocalizedText[]) {
	fields[`${key}.sl`] = items.map((item) => item.sl).join('\n\n');
	fields[`${key}.en`] = items.some((item) => item.en) ? items.map((item) => item.en ?? '').join('\n\n') : '';
}

export function profileToFields(space: Space): FormFields {
	const fields: FormFields = { kind: space.kind, regionCode: space.regionCode ?? '', website: space.website ?? '' };
	for (const key of localizedKeys) putLocalized(fields, key, space[key]);
	for (const key of lineListKeys) putLines(fields, key, space[key]);
	for (const kind of meansOfWorkKinds) putLocalized(fields, `meansOfWork.${kind}`, space.meansOfWork.find((means) => means.kind === kind)?.description);
	space.hostOrganisations.forEach((host, index) => {
		putLocalized(fields, `hostOrganisations.${index}.name`, host.name);
		fields[`hostOrganisations.${index}.role`] = host.role;
		fields[`hostOrganisations.${index}.website`] = host.website ?? '';
	});
	space.financers.forEach((financer, index) => {
		const prefix = `financers.${index}`;
		putLocalized(fields, `${prefix}.name`, financer.name);
		putLocalized(fields, `${prefix}.role`, financer.role);
		fields[`${prefix}.website`] = financer.website ?? '';
		for (const key of programmeTexts) putLocalized(fields, `${prefix}.programme.${key}`, financer.programme?.[key]);
		for (const key of programmeCodes) {
			fields[`${prefix}.programme.${key}.code`] = financer.programme?.[key]?.code ?? '';
			putLocalized(fields, `${prefix}.programme.${key}.title`, financer.programme?.[key]?.title);
		}
	});
	space.socialLinks.forEach((link, index) => {
		fields[`socialLinks.${index}.network`] = link.network;
		fields[`socialLinks.${index}.url`] = link.url;
	});
	for (const key of ['person', 'email', 'phone', 'address'] as const) fields[`contact.${key}`] = space.contact?.[key] ?? '';
	return fields;
}

/** The lists of records, by their fields' prefix. */
export const profileRowLists = ['hostOrganisations', 'financers', 'socialLinks'];

/** How many rows each list of records shows: the filled ones, or one empty row to start an empty list. */
export function rowCounts(fields: FormFields): Record<string, number> {
	return Object.fromEntries(
		profileRowLists.map((list) => {
			const indexes = Object.keys(fields)
				.filter((key) => key.startsWith(`${list}.`))
				.map((key) => Number(key.slice(list.length + 1).split('.')[0]))
				.filter(Number.isInteger);
			return [list, indexes.length ? Math.max(...indexes) + 1 : 1];
		})
	);
}

// --- fields → changes ---------------------------------------------------------------------------

export type ParsedForm = {
	changes: Record<string, unknown>;
	/** The form field that shows an error at a path of the profile schema. */
	fieldOf: (path: PropertyKey[]) => string;
};

export function fieldsToChanges(fields: FormFields): ParsedForm {
	const value = (key: string) => fields[key]?.trim() || undefined;
	const localized = (key: string): LocalizedText | undefined => {
		const sl = value(`${key}.sl`);
		const en = value(`${key}.en`);
		// English without Slovenian stays, so validation can point at the missing Slovenian
		return sl || en ? { sl: sl ?? '', ...(en ? { en } : {}) } : undefined;
	};
	const lines = (key: string): LocalizedText[] => {
		const split = (lang: string) =>
			(fields[`${key}.${lang}`] ?? '')
				.replace(/\r\n/g, '\n')
				.split(/\n[ \t]*\n/)
				.map((paragraph) => paragraph.trim());
		const sl = split('sl');
		const en = split('en');
		const count = Math.max(...[...sl, ...en].map((_, index) => index).filter((index) => sl[index] || en[index]), -1) + 1;
		return Array.from({ length: count }, (_, index) => ({ sl: sl[index] ?? '', ...(en[index] ? { en: en[index] } : {}) }));
	};
	/** Rows of a list that have anything filled in, with their row numbers in the form. */
	const rows = (list: string, read: (prefix: string) => Row): { rows: Row[]; formIndexes: number[] } => {
		const result = { rows: [] as Row[], formIndexes: [] as number[] };
		for (let index = 0; index < 200; index++) {
			const prefix = `${list}.${index}`;
			const present = Object.keys(fields).some((key) => key.startsWith(`${prefix}.`));
			if (!present) continue;
			const filled = Object.entries(fields).some(
				([key, text]) => key.startsWith(`${prefix}.`) && text.trim() !== '' && !/\.(role|network|currency)$/.test(key)
			);
			if (!filled) continue;
			result.rows.push(read(prefix));
			result.formIndexes.push(index);
		}
		return result;
	};

	const hosts = rows('hostOrganisations', (p) => ({ name: localized(`${p}.name`), role: value(`${p}.role`), website: value(`${p}.website`) }));
	const financers = rows('financers', (p) => {
		const programme: Row = {};
		for (const key of programmeTexts) programme[key] = localized(`${p}.programme.${key}`);
		for (const key of programmeCodes) {
			const code = value(`${p}.programme.${key}.code`);
			const title = localized(`${p}.programme.${key}.title`);
			programme[key] = code || title ? { code: code ?? '', title } : undefined;
		}
		const hasProgramme = Object.values(programme).some(Boolean);
		return {
			name: localized(`${p}.name`),
			role: localized(`${p}.role`),
			website: value(`${p}.website`),
			programme: hasProgramme ? programme : undefined
		};
	});
	const social = rows('socialLinks', (p) => ({ network: value(`${p}.network`), url: value(`${p}.url`) }));

	const contactParts = Object.fromEntries(
		(['person', 'email', 'phone', 'address'] as const).map((key) => [key, value(`contact.${key}`)]).filter(([, part]) => part)
	);

	const changes: Record<string, unknown> = {
		kind: value('kind'),
		regionCode: value('regionCode'),
		website: value('website'),
		strategicGoals: lines('strategicGoals'),
		specificGoals: lines('specificGoals'),
		meansOfWork: meansOfWorkKinds.flatMap((kind) => {
			const description = localized(`meansOfWork.${kind}`);
			return description ? [{ kind, description }] : [];
		}),
		hostOrganisations: hosts.rows,
		financers: financers.rows,
		socialLinks: social.rows,
		contact: Object.keys(contactParts).length ? contactParts : undefined
	};
	for (const key of localizedKeys) changes[key] = localized(key);

	const meansKinds = (changes.meansOfWork as { kind: string }[]).map((means) => means.kind);
	const rowLists: Record<string, number[]> = {
		hostOrganisations: hosts.formIndexes,
		financers: financers.formIndexes,
		socialLinks: social.formIndexes
	};
	function fieldOf(path: PropertyKey[]): string {
		const [head, second, ...rest] = path.map(String);
		if (!head) return 'form';
		if ((lineListKeys as readonly string[]).includes(head)) return `${head}.${rest.at(-1) ?? 'sl'}`;
		if (head === 'meansOfWork') return `meansOfWork.${meansKinds[Number(second)]}.${rest.at(-1) ?? 'sl'}`;
		if (head in rowLists && second !== undefined) return [head, rowLists[head]![Number(second)], ...rest].join('.');
		return [head, second, ...rest].filter((part) => part !== undefined).join('.');
	}

	return { changes, fieldOf };
}
