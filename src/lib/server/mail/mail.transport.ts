import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';
import { describeSmtpUrl, redactSmtpCredentials } from './mail.errors.ts';
import { outgoingMailSchema, type OutgoingMail } from './mail.schemas.ts';

export type MailTransportKind = 'smtp' | 'outbox';

export type MailTransport = {
	kind: MailTransportKind;
	/** Where mail goes, safe to print: `smtps://host:465` (no credentials) or the outbox folder. */
	target: string;
	/** Validates the message and sends it; rejects with a message that holds no SMTP password. */
	send(message: OutgoingMail): Promise<void>;
};

export type MailTransportOptions = {
	smtpUrl: string | undefined;
	mailFrom: string;
	dataDir: string;
	/** Where the outbox announces each mail; the console by default. */
	log?: (line: string) => void;
};

/**
 * Sends through SMTP_URL when it is set. Without it, mail is written as .eml files to
 * `<dataDir>/outbox/` and announced on the console with its first link, so that someone running
 * Stičišče without a mail server can still follow invitation and password-reset links.
 */
export function createMailTransport({ smtpUrl, mailFrom, dataDir, log = console.log }: MailTransportOptions): MailTransport {
	return smtpUrl ? smtpTransport(smtpUrl, mailFrom) : outboxTransport(join(dataDir, 'outbox'), mailFrom, log);
}

/**
 * nodemailer is loaded with the first mail, not when the server starts: most processes of a small
 * installation send none for hours, and its modules would sit in memory meanwhile.
 */
function lazily(create: (nodemailer: typeof import('nodemailer')) => Transporter): () => Promise<Transporter> {
	let transporter: Promise<Transporter> | undefined;
	return () => {
		transporter ??= import('nodemailer').then(create);
		return transporter;
	};
}

function smtpTransport(smtpUrl: string, mailFrom: string): MailTransport {
	const transporter = lazily(({ createTransport }) =>
		createTransport({
			url: smtpUrl,
			// a job waits for send(); nodemailer's defaults (2 and 10 min) would hold the runner too long
			connectionTimeout: 30_000,
			greetingTimeout: 30_000,
			socketTimeout: 60_000
		})
	);
	return {
		kind: 'smtp',
		target: describeSmtpUrl(smtpUrl),
		async send(message) {
			const mail = outgoingMailSchema.parse(message);
			try {
				await (await transporter()).sendMail({ from: mailFrom, ...mail });
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				// no { cause: error }: the cause's message may hold the SMTP password, and the log
				// writes an error's cause too, without this redaction (describeErrorForLog in shared/log.ts)
				throw Object.assign(
					new Error(`Sending mail through ${describeSmtpUrl(smtpUrl)} failed: ${redactSmtpCredentials(reason, smtpUrl)}`),
					smtpAnswerOf(error)
				);
			}
		}
	};
}

function outboxTransport(outbox: string, mailFrom: string, log: (line: string) => void): MailTransport {
	// nodemailer builds the message exactly as SMTP would carry it; CRLF as RFC 5322 has it
	const composer = lazily(({ createTransport }) => createTransport({ streamTransport: true, buffer: true, newline: 'windows' }));
	return {
		kind: 'outbox',
		target: outbox,
		async send(message) {
			const mail = outgoingMailSchema.parse(message);
			const info = await (await composer()).sendMail({ from: mailFrom, ...mail });
			await mkdir(outbox, { recursive: true });
			const file = join(outbox, outboxFileName(new Date()));
			// written under another name first so that nobody watching the folder reads half a mail
			await writeFile(`${file}.part`, info.message as Buffer);
			await rename(`${file}.part`, file);
			log(outboxLine(mail, file));
		}
	};
}

/** Sorts by time as text (ISO 8601, UTC), unique through a random suffix. */
export function outboxFileName(now: Date): string {
	const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '-');
	return `${stamp}-${randomBytes(4).toString('hex')}.eml`;
}

export function firstLink(text: string): string | undefined {
	// a sentence often ends right after a link: its full stop or bracket is not part of it
	return text.match(/https?:\/\/[^\s<>"]+/)?.[0].replace(/[.,;:!?)\]'"]+$/, '');
}

function outboxLine(mail: OutgoingMail, file: string): string {
	const link = firstLink(mail.text);
	return `Mail to ${mail.to} — "${mail.subject}"${link ? ` — ${link}` : ''} (saved as ${file}, no SMTP_URL set)`;
}

/**
 * The SMTP server's answer to a mail it refused (nodemailer's `responseCode`, e.g. 421 or 550), kept on
 * the error that send() throws so that callers tell a throttled or bounced mail from a broken link.
 */
export type SmtpAnswer = { responseCode?: number };

function smtpAnswerOf(error: unknown): SmtpAnswer {
	const code = (error as { responseCode?: unknown } | null)?.responseCode;
	return typeof code === 'number' ? { responseCode: code } : {};
}
