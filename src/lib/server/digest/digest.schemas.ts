import { z } from 'zod';

/** What GET /spaces/{slug}/digest-preview answers (the shape of `ComposedDigest`). */
export const composedDigestSchema = z
	.object({
		sections: z.array(
			z.object({
				id: z.string().meta({ description: 'The section: `activities`, `calls`, `posts`.' }),
				heading: z.string().meta({ description: "The section's heading, in the recipient's language." }),
				items: z.array(
					z.object({
						title: z.string(),
						url: z.url().meta({ description: "The item's page, absolute, in the recipient's language." }),
						when: z.string().optional().meta({ description: 'The date or date-time it is about: an event start, a call deadline, a post date.' }),
						detail: z.string().optional().meta({ description: "One short line in the recipient's language (place and registration, deadline and amount…)." })
					})
				)
			})
		)
	})
	.meta({
		id: 'ComposedDigest',
		description: 'A digest as it would be sent: the sections with items, in their order. No sections: nothing would be sent for the period.'
	});
