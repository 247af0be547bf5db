import { z } from 'zod';
import { singleLineText } from '../../shared/text.ts';
import { registrationStatuses } from './registrations.table.ts';

const personName = singleLineText({ min: 1, max: 200 });
const email = z.string().trim().max(254).pipe(z.email());

/** A public registration, as the form and the API send it (issue 13's shape). */
export const publicRegistrationInputSchema = z
	.object({
		name: personName,
		email,
		organisationId: z.uuid().nullable().optional().meta({ description: 'The organisation of the registry the person represents; null: as an individual.' }),
		consent: z.literal(true, { error: 'consent_required' }).meta({ description: 'Consent to the processing of the personal data given (required).' }),
		answers: z
			.record(z.string().max(40), z.string().max(2000))
			.optional()
			.meta({ description: "Answers to the organiser's registration questions, by question id." }),
		locale: z.enum(['sl', 'en']).default('sl').meta({ description: 'The language of the mails the person gets.' }),
		/** The honeypot: a field people never see; robots fill it. */
		website: z.string().max(500).optional()
	})
	.meta({ id: 'PublicRegistrationInput', description: 'A registration for an activity, without an account.' });
export type PublicRegistrationInput = z.input<typeof publicRegistrationInputSchema>;

/** Several people of one organisation, registered by its member editor (or staff). */
export const bulkRegistrationInputSchema = z.object({
	organisationId: z.uuid().nullable(),
	people: z
		.array(z.object({ name: personName, email }))
		.min(1, 'registration_people_missing')
		.max(100),
	locale: z.enum(['sl', 'en']).default('sl')
});
export type BulkRegistrationInput = z.input<typeof bulkRegistrationInputSchema>;

export const registrationResultSchema = z
	.object({
		id: z.uuid(),
		status: z.enum(registrationStatuses),
		/** False when the person was registered already: nothing new was made, the mail went again. */
		created: z.boolean()
	})
	.meta({ id: 'RegistrationResult' });
export type RegistrationResult = z.output<typeof registrationResultSchema>;

export const registrationListItemSchema = z
	.object({
		id: z.uuid(),
		personId: z.uuid(),
		name: z.string(),
		email: z.string().nullable(),
		organisationId: z.uuid().nullable(),
		organisation: z.string().nullable(),
		status: z.enum(registrationStatuses),
		source: z.string(),
		createdAt: z.string()
	})
	.meta({ id: 'RegistrationListItem' });
export type RegistrationListItem = z.output<typeof registrationListItemSchema>;

export const registrationListSchema = z
	.object({ items: z.array(registrationListItemSchema), total: z.int(), page: z.int(), pageSize: z.int() })
	.meta({ id: 'RegistrationList', description: "One page of an activity's registrations, newest first." });

export const registrationByLinkSchema = z
	.object({ id: z.uuid(), status: z.enum(registrationStatuses), offeredUntil: z.string().nullable() })
	.meta({ id: 'RegistrationByLink', description: 'A registration as its personal link shows it.' });
