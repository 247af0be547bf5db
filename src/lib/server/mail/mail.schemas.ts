import { z } from 'zod';

/** One mail to one person; the sender is the configured MAIL_FROM. */
export const outgoingMailSchema = z.object({
	to: z.email(),
	// a line break in a header would let the text add headers of its own
	subject: z
		.string()
		.trim()
		.min(1)
		.max(200)
		.regex(/^[^\r\n]*$/, 'The subject must be one line'),
	text: z.string().min(1),
	html: z.string().min(1).optional(),
	/**
	 * Extra headers (e.g. List-Unsubscribe, RFC 2369 and 8058): names are header tokens, values one
	 * line each, so that no value adds headers of its own.
	 */
	headers: z
		.record(
			z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,60}$/),
			z
				.string()
				.max(2000)
				.regex(/^[^\r\n]*$/, 'A header value must be one line')
		)
		.optional(),
	/**
	 * Files sent with it (a calendar entry, a certificate); the content is text, or base64 for
	 * binary files, since a queued mail waits in the job table as JSON.
	 */
	attachments: z
		.array(
			z.object({
				filename: z.string().regex(/^[^\r\n/\\]{1,120}$/),
				contentType: z.string().regex(/^[\w.+-]+\/[\w.+-]+(;[ \w=.-]+)*$/),
				content: z.string(),
				encoding: z.enum(['utf-8', 'base64']).optional(),
				/** Shown inside the mail (an image its HTML names as `cid:…`) instead of as a file. */
				cid: z.string().optional()
			})
		)
		.max(10)
		.optional()
});

export type OutgoingMail = z.infer<typeof outgoingMailSchema>;
