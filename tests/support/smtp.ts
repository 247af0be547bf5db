import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type TestSmtpServer = {
	/** smtp://[user:pass@]127.0.0.1:port, ready for SMTP_URL. */
	url: string;
	/** Every message accepted so far, parsed, in order of arrival. */
	messages: ParsedMail[];
	/** The first message (already received or yet to come) that matches, or a timeout error. */
	waitForMessage(predicate?: (message: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
	close(): Promise<void>;
};

export type TestSmtpServerOptions = {
	/** Require these credentials (sent in the clear: a test server has no TLS); the url carries them. */
	auth?: { user: string; pass: string };
	/** Answer RCPT TO for matching recipients with a permanent 550 failure. */
	rejectRecipient?: (address: string) => boolean;
};

/** The addresses a received mail was sent to, as one text (`a@x.si, b@x.si`). */
export const recipientOf = (mail: ParsedMail) =>
	[mail.to ?? []]
		.flat()
		.map((address) => address.text)
		.join(', ');

/**
 * A real SMTP server on 127.0.0.1 and a free port, without TLS (STARTTLS is not offered, so a
 * plain smtp:// URL works), that keeps what it receives for assertions.
 */
export async function startTestSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
	const messages: ParsedMail[] = [];
	const waiters = new Set<(message: ParsedMail) => void>();

	const server = new SMTPServer({
		disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
		authOptional: !options.auth,
		allowInsecureAuth: true,
		logger: false,
		onAuth(auth, _session, callback) {
			const { user, pass } = options.auth ?? {};
			if (auth.username === user && auth.password === pass) callback(null, { user: auth.username });
			else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
		},
		onRcptTo(address, _session, callback) {
			if (options.rejectRecipient?.(address.address)) {
				callback(Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: 550 }));
			} else callback();
		},
		onData(stream, _session, callback) {
			simpleParser(stream).then(
				(message) => {
					messages.push(message);
					for (const waiter of waiters) waiter(message);
					callback();
				},
				(error: Error) => callback(error)
			);
		}
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	// smtp-server keeps its net.Server on `server`, which the types leave out
	const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
	const credentials = options.auth ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@` : '';

	return {
		url: `smtp://${credentials}127.0.0.1:${port}`,
		messages,
		waitForMessage(predicate = () => true, timeoutMs = 5000) {
			const existing = messages.find(predicate);
			if (existing) return Promise.resolve(existing);
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => {
					waiters.delete(waiter);
					reject(new Error(`No matching message within ${timeoutMs} ms (${messages.length} received)`));
				}, timeoutMs);
				const waiter = (message: ParsedMail) => {
					if (!predicate(message)) return;
					clearTimeout(timer);
					waiters.delete(waiter);
					resolve(message);
				};
				waiters.add(waiter);
			});
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
