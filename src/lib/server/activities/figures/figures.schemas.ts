import { z } from 'zod';
import { isoDateSchema } from '../../shared/localized.ts';

const breakdownSchema = z.object({
	key: z.string().nullable().meta({ description: 'The region code (SI041) or legal form; null: unknown, or people who came as individuals.' }),
	organisations: z.int(),
	persons: z.int()
});

/** What GET /spaces/{slug}/activities/figures answers (the shape of `Figures`). */
export const activityFiguresSchema = z
	.object({
		period: z.object({ from: isoDateSchema, to: isoDateSchema }),
		projectId: z.uuid().nullable(),
		totals: z.object({
			activities: z.int().meta({ description: 'Activities with a session in the period (cancelled ones not counted).' }),
			sessions: z.int(),
			registrations: z.int().meta({ description: 'Registrations holding a place (not cancelled, not waiting).' }),
			waitlisted: z.int(),
			noShows: z.int(),
			attendees: z.int().meta({ description: 'Distinct persons who attended at least one session, plus the unnamed headcounts.' }),
			persons: z.int(),
			unnamedAttendees: z.int(),
			organisations: z.int().meta({ description: 'Distinct organisations the attendees represented.' }),
			ngos: z.int().meta({ description: 'Of those, NGOs by legal form.' })
		}),
		byType: z.array(z.object({ type: z.string(), activities: z.int(), sessions: z.int() })),
		byPillar: z.array(z.object({ pillar: z.string(), activities: z.int(), sessions: z.int() })),
		byRegion: z.array(breakdownSchema),
		byLegalForm: z.array(breakdownSchema),
		satisfaction: z.object({
			responses: z.int(),
			ratings: z.int(),
			averageRating: z.number().nullable().meta({ description: 'Average of the 1–5 ratings.' }),
			yesNo: z.array(z.object({ label: z.object({ sl: z.string(), en: z.string().optional() }), answered: z.int(), yes: z.int() }))
		})
	})
	.meta({ id: 'ActivityFigures', description: "A space's activity figures for a period: held, registered, attended, by whom, how rated." });
