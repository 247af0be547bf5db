import { z } from 'zod';
import { emailAddress, longText, singleLineText, textLimits } from '../../shared/text.ts';

/**
 * An application for membership as the public form and the API send it: the organisation as typed
 * (its registration number, or its name as the registry has it), who to answer, and a message.
 */
export const applicationInputSchema = z
	.object({
		organisation: singleLineText({ min: 1, max: textLimits.name }).meta({ description: 'Registration number, or the exact name in the registry.' }),
		contactName: singleLineText({ min: 1, max: textLimits.name }),
		contactEmail: emailAddress(),
		message: longText({ min: 0, max: 2_000 }).optional(),
		locale: z.enum(['sl', 'en']).default('sl').meta({ description: 'The language of the answer.' })
	})
	.meta({ id: 'MembershipApplicationInput', description: 'An organisation of the registry applies for membership of a space.' });

export const applicationDecisionSchema = z.enum(['accept', 'decline']);
export type ApplicationDecision = z.output<typeof applicationDecisionSchema>;

export const applicationDecisionBodySchema = z
	.object({ decision: applicationDecisionSchema })
	.meta({ id: 'MembershipApplicationDecision', description: 'accept: a member from today; decline: the application goes.' });

export const applicationOutcomeSchema = z.object({ mailed: z.boolean() }).meta({ id: 'MembershipApplicationOutcome' });

export const applicationSchema = z
	.object({
		organisation: z.object({ id: z.uuid(), name: z.string(), registrationNumber: z.string().nullable() }),
		contactName: z.string().nullable(),
		contactEmail: z.string().nullable(),
		message: z.string().nullable(),
		appliedAt: z.string().nullable().meta({ description: 'When the application came, ISO 8601; null for an applicant added by staff.' })
	})
	.meta({ id: 'MembershipApplication', description: 'An open application: an organisation with status applicant and who to answer.' });
export type Application = z.output<typeof applicationSchema>;

export const applicationListSchema = z.object({ items: z.array(applicationSchema) }).meta({ id: 'MembershipApplicationList' });
