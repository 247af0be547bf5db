/**
 * An SMTP URL may carry a password (smtps://user:secret@host), and errors end up in logs and in
 * the jobs table: take every form of the credentials out of a message before it leaves.
 */
export function redactSmtpCredentials(message: string, smtpUrl: string | undefined): string {
	let redacted = message.replace(/(smtps?:\/\/)[^\s/@]*@/gi, '$1***@');
	if (!smtpUrl) return redacted;
	let url: URL;
	try {
		url = new URL(smtpUrl);
	} catch {
		return redacted;
	}
	const secrets = new Set([url.password, safeDecode(url.password)].filter((secret) => secret.length > 0));
	for (const secret of secrets) redacted = redacted.split(secret).join('***');
	return redacted;
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

/** The server and port only, for messages about where mail goes. */
export function describeSmtpUrl(smtpUrl: string): string {
	const url = new URL(smtpUrl);
	return `${url.protocol}//${url.host}`;
}
