import {
	AlignmentType,
	Document,
	HeadingLevel,
	ImageRun,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableOfContents,
	TableRow,
	TextRun,
	WidthType,
	type FileChild
} from 'docx';
import { m } from '../../../paraglide/messages.js';
import { formatNumber, formatPeriod } from '../../../shared/format.ts';
import { localized, type Locale } from '../../../shared/locale.ts';
import type { LocalizedText } from '../../shared/localized.ts';
import { imageSize } from '../cover/image-size.ts';
import type { ProjectCoverInfo } from '../cover/project-cover.schemas.ts';
import type { ProjectObjective } from '../details/project-details.schemas.ts';
import { roleGroupHeading, roleGroups } from '../../../projects/project-page.ts';
import type { ProjectReport } from './project-report.usecases.ts';

/** A cover as the report takes it: its words and (a PNG or JPEG only: DOCX holds no WebP) its image. */
export type ReportCover = ProjectCoverInfo & { contentType: string; content: Uint8Array };

type Words = { locale: Locale };
const say = (text: LocalizedText, { locale }: Words) => localized(text, locale).text;
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).map((part) => new Paragraph({ text: part.trim() }));
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

/** A table cell; figures are right-aligned so their digits line up, header cells repeat on every page. */
const cell = (text: string, { right = false, bold = false } = {}) =>
	new TableCell({
		children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold })] })]
	});

const table = (header: { text: string; right?: boolean }[], rows: { text: string; right?: boolean }[][]) =>
	new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({ tableHeader: true, children: header.map((column) => cell(column.text, { right: column.right, bold: true })) }),
			...rows.map((row) => new TableRow({ children: row.map((column) => cell(column.text, { right: column.right })) }))
		]
	});

function coverParts(cover: ReportCover | undefined, words: Words): FileChild[] {
	if (!cover) return [];
	const size = imageSize(cover.content);
	const type = cover.contentType === 'image/png' ? 'png' : cover.contentType === 'image/jpeg' ? 'jpg' : undefined;
	const parts: FileChild[] = [];
	if (size && type) {
		// the width of an A4 text column at 96 pixels to the inch, never wider than the image itself
		const width = Math.min(600, size.width);
		const height = Math.round((size.height * width) / size.width);
		const description = say(cover.alt, words);
		parts.push(
			new Paragraph({
				children: [
					new ImageRun({ type, data: cover.content, transformation: { width, height }, altText: { name: description, description, title: description } })
				]
			})
		);
	}
	if (cover.credit)
		parts.push(
			new Paragraph({ children: [new TextRun({ text: m.project_report_cover_credit_line({ credit: say(cover.credit, words) }, words), italics: true })] })
		);
	return parts;
}

type Objective = Omit<ProjectObjective, 'objectives'> & { objectives?: Objective[] };

/** General objectives numbered as seed 001 numbers them ("1) …"), their results as a list, specific ones beneath. */
function objectiveParts(objectives: Objective[], words: Words, level = 0): FileChild[] {
	return objectives.flatMap((objective, index) => [
		heading(`${index + 1}) ${say(objective.title, words)}`, level === 0 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3),
		...(objective.description ? paragraphsOf(say(objective.description, words)) : []),
		...objective.results.map((result) => bullet(say(result, words))),
		...objectiveParts(objective.objectives ?? [], words, level + 1)
	]);
}

function indicatorParts({ indicators }: ProjectReport, words: Words): FileChild[] {
	if (indicators.length === 0) return [];
	const number = (value: number | null) => (value === null ? m.project_report_not_yet({}, words) : formatNumber(value, words.locale));
	const percent = new Intl.NumberFormat(words.locale === 'sl' ? 'sl-SI' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
	return [
		heading(m.project_report_indicators({}, words), HeadingLevel.HEADING_2),
		new Paragraph({ text: m.project_report_indicators_caption({}, words), style: 'Caption' }),
		table(
			[
				{ text: m.project_report_indicator({}, words) },
				{ text: m.project_report_unit({}, words) },
				{ text: m.project_report_baseline({}, words), right: true },
				{ text: m.project_report_target({}, words), right: true },
				{ text: m.project_report_actual({}, words), right: true },
				{ text: m.project_report_progress({}, words), right: true }
			],
			indicators.map((indicator) => [
				{ text: say(indicator.name, words) },
				{ text: indicator.unit },
				{ text: number(indicator.baselineValue), right: true },
				{ text: number(indicator.target), right: true },
				{ text: number(indicator.achieved), right: true },
				{ text: indicator.fraction === null ? '–' : percent.format(indicator.fraction), right: true }
			])
		)
	];
}

/** Contributions in their order, one heading per strategy as seed 001 groups them, the goal after each. */
function contributionParts({ contributions }: ProjectReport, words: Words): FileChild[] {
	if (contributions.length === 0) return [];
	const parts: FileChild[] = [heading(m.project_report_contributions({}, words), HeadingLevel.HEADING_1)];
	let strategy: string | undefined;
	for (const item of contributions) {
		const name = say(item.strategy, words);
		if (name !== strategy) parts.push(heading(name, HeadingLevel.HEADING_2));
		strategy = name;
		parts.push(bullet(item.goal ? `${say(item.contribution, words)} (${say(item.goal, words)})` : say(item.contribution, words)));
	}
	return parts;
}

/** The organisations by role as the page names them, with the names a former profile held that the registry does not know. */
function partnerParts(report: ProjectReport, words: Words): FileChild[] {
	const groups = roleGroups(report, words.locale);
	if (groups.length === 0) return [];
	return [
		heading(m.project_report_partners({}, words), HeadingLevel.HEADING_1),
		...groups.flatMap((group) => [
			heading(roleGroupHeading(group, words.locale), HeadingLevel.HEADING_2),
			...group.organisations.map(({ name }) => bullet(name))
		])
	];
}

function moneyParts({ money }: ProjectReport, words: Words): FileChild[] {
	if (!money.total && money.fundingLines.length === 0) return [];
	const sources = [
		...money.fundingLines.map((line) => ({ label: m.project_report_money_funding({ name: line.name }, words), amount: line.amount })),
		...money.ownFunds.map((line) => ({ label: m.project_report_money_own({ name: line.name }, words), amount: line.amount }))
	];
	return [
		heading(m.project_report_money({}, words), HeadingLevel.HEADING_1),
		...(money.total ? [new Paragraph({ text: `${m.project_report_money_total({}, words)}: ${money.total.text[words.locale]}` })] : []),
		...(sources.length === 0
			? []
			: [
					table(
						[{ text: m.project_report_money_source({}, words) }, { text: m.project_report_money_amount({}, words), right: true }],
						sources.map((source) => [{ text: source.label }, { text: source.amount.text[words.locale], right: true }])
					)
				])
	];
}

const financersOf = ({ organisations, money }: ProjectReport) => {
	const named = organisations.filter((taking) => taking.role === 'financer').map(({ organisation }) => organisation.name);
	return named.length > 0 ? named : [...new Set(money.fundingLines.map((line) => line.name))];
};

/**
 * A project's report for its financer as a Word document, in seed 001's order and headings, in
 * the reader's language: Word's own Title and Heading styles (so the navigation pane, the table of
 * contents and screen readers find its structure), real tables with header rows, and the document's
 * title and language set.
 */
export async function projectReportDocx({ report, cover, locale }: { report: ProjectReport; cover?: ReportCover; locale: Locale }): Promise<Buffer> {
	const words: Words = { locale };
	const { project, money } = report;
	const title = m.project_report_heading({ name: project.acronym ?? say(project.title, words) }, words);
	const period = project.startsOn || project.endsOn ? formatPeriod(project.startsOn ?? undefined, project.endsOn ?? undefined, locale) : undefined;
	const financers = financersOf(report);
	const call = money.call ? say({ sl: money.call.title.sl, en: money.call.title.en }, words) : undefined;
	const body: FileChild[] = [
		heading(title, HeadingLevel.TITLE),
		new Paragraph({ text: say(project.title, words) }),
		...(period ? [new Paragraph({ text: m.project_report_period_line({ period }, words) })] : []),
		...(financers.length > 0 ? [new Paragraph({ text: m.project_report_financer_line({ names: financers.join(', ') }, words) })] : []),
		...(call ? [new Paragraph({ text: m.project_report_call_line({ call }, words) })] : []),
		...coverParts(cover, words),
		new Paragraph({ children: [new TextRun({ text: m.project_report_toc({}, words), bold: true, size: 28 })] }),
		new TableOfContents(m.project_report_toc({}, words), { hyperlink: true, headingStyleRange: '1-2' }),
		...(project.problem || project.goal
			? [
					heading(m.project_report_problem_goal({}, words), HeadingLevel.HEADING_1),
					...(project.problem ? paragraphsOf(say(project.problem, words)) : []),
					...(project.goal ? paragraphsOf(say(project.goal, words)) : [])
				]
			: []),
		...(project.objectives.length > 0 || report.indicators.length > 0
			? [heading(m.project_report_results({}, words), HeadingLevel.HEADING_1), ...objectiveParts(project.objectives, words), ...indicatorParts(report, words)]
			: []),
		...contributionParts(report, words),
		...partnerParts(report, words),
		...(period ? [heading(m.project_report_period({}, words), HeadingLevel.HEADING_1), new Paragraph({ text: period })] : []),
		...moneyParts(report, words),
		...(call ? [heading(m.project_report_call({}, words), HeadingLevel.HEADING_1), new Paragraph({ text: call })] : [])
	];
	const document = new Document({
		title,
		subject: m.project_report_docx_subject({}, words),
		description: say(project.title, words),
		creator: 'Stičišče',
		styles: { default: { document: { run: { language: { value: locale === 'sl' ? 'sl-SI' : 'en-GB' }, size: 24 } } } },
		sections: [{ children: body }]
	});
	return Packer.toBuffer(document);
}
