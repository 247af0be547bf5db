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
	html: z.string().min(1).optional()
});

export type OutgoingMail = z.infer<typeof outgoingMailSchema>;
