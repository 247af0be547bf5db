import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type AnsweringSmtpServer = {
	url: string;
	/** Addresses of the messages accepted, in order. */
	accepted: { to: string; raw: string }[];
	close(): Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 that answers RCPT TO as `answer` says: a code of 4xx or 5xx
 * refuses the recipient with it (421 throttling, 550 no such mailbox), undefined accepts. For the
 * newsletter sender's back-off and bounce tests (tests/support/smtp.ts answers only 550).
 */
export async function startAnsweringSmtpServer(answer: (address: string) => number | undefined = () => undefined): Promise<AnsweringSmtpServer> {
	const accepted: { to: string; raw: string }[] = [];
	const server = new SMTPServer({
		disabledCommands: ['STARTTLS', 'AUTH'],
		authOptional: true,
		logger: false,
		onRcptTo(address, _session, callback) {
			const code = answer(address.address);
			if (code)
				callback(Object.assign(new Error(code < 500 ? 'Too many messages, slow down' : `Mailbox ${address.address} unavailable`), { responseCode: code }));
			else callback();
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				accepted.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', '), raw: Buffer.concat(chunks).toString('utf8') });
				callback();
			});
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
	return { url: `smtp://127.0.0.1:${port}`, accepted, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
