import { z } from 'zod';

/**
 * The building blocks of every text people or clients send. Each has a maximum length (nothing
 * unbounded reaches the database, a page or the audit log) and refuses characters that no one
 * types and PostgreSQL cannot store: NUL and other control characters, and lone UTF-16
 * surrogates (jsonb refuses them as escapes). Forms and the API name the field with the problem
 * `text_invalid_characters`.
 */

/** Lengths in characters, chosen for what the fields hold. */
export const textLimits = {
	/** Mission, goals, descriptions: a few pages at most. */
	long: 20_000,
	/** Names of organisations, people, projects, titles. */
	name: 300,
	/** RFC 5321's limit on an address in a mail path. */
	email: 254,
	url: 2_000,
	/** Codes, numbers, acronyms. */
	short: 100,
	/** Words typed into a search. */
	search: 200
} as const;

export const invalidCharactersProblem = 'text_invalid_characters';

// C0 controls but tab, line feed and carriage return, and DEL
// eslint-disable-next-line no-control-regex -- finding control characters is what these are for
const controlsInLongText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// every C0 control and DEL: a single-line field has no use for tabs or line breaks
// eslint-disable-next-line no-control-regex -- as above
const controlsInOneLine = /[\u0000-\u001f\u007f]/;

const storableWith = (controls: RegExp) => (value: string) => !controls.test(value) && value.isWellFormed();

/** Whether a text (any text, e.g. a query parameter) has no character that one line may not hold. */
export const isStorableLine = storableWith(controlsInOneLine);

type TextOptions = {
	max: number;
	/** At least this many characters after trimming (default 0). */
	min?: number;
	/** Passwords are taken as typed. */
	trim?: boolean;
	/** Problem names for too short and too long, where a form has its own words for them. */
	messages?: { min?: string; max?: string };
};

function boundedText(controls: RegExp, { max, min = 0, trim = true, messages = {} }: TextOptions) {
	let schema = z.string().refine(storableWith(controls), invalidCharactersProblem);
	if (trim) schema = schema.trim();
	if (min > 0) schema = schema.min(min, messages.min);
	return schema.max(max, messages.max);
}

/** One line of text: a name, a title, a code, a search. */
export const singleLineText = (options: TextOptions) => boundedText(controlsInOneLine, options);

/** Text of several paragraphs: tabs and line breaks are kept. */
export const longText = (options: Partial<TextOptions> = {}) => boundedText(controlsInLongText, { max: textLimits.long, ...options });

/**
 * An e-mail address that identifies someone (an account, a person, an invitation): trimmed and in
 * lower case before it is checked, so that one address is one key.
 */
export const emailAddress = (message?: string) =>
	z
		.string()
		.trim()
		.toLowerCase()
		// the address pattern admits no control characters
		.pipe(z.email(message).max(textLimits.email, message));

/** An address published as written (an organisation's or a space's contact): trimmed, its case kept. */
export const contactEmailAddress = () => z.string().trim().pipe(z.email().max(textLimits.email));

/** A web address (http or https); the URL parser would accept a control character by encoding it. */
export const webAddress = () =>
	z
		.url({ protocol: /^https?$/ })
		.max(textLimits.url)
		.refine(storableWith(controlsInOneLine), invalidCharactersProblem);
