import { z } from 'zod';
import { spaceRoles } from '../../policy/roles.ts';
import { newUserSchema } from '../auth/auth.schemas.ts';
import { emailAddress, singleLineText, textLimits } from '../shared/text.ts';

export const invitationLocales = ['sl', 'en'] as const;

const emptyIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const invitationSchema = z
	.object({
		// trimmed before it is checked: an address pasted from a mail often brings a space along
		email: emailAddress(),
		role: z.enum(spaceRoles),
		locale: z.enum(invitationLocales).default('sl'),
		/** A member editor's organisation, picked from the space's members… */
		organisationId: z.preprocess(emptyIsUnset, z.uuid().optional()),
		/** …or named by its registration number. */
		registrationNumber: z.preprocess(
			emptyIsUnset,
			singleLineText({ max: textLimits.short })
				.transform((value) => value.replace(/\s+/g, ''))
				.optional()
		)
	})
	.refine((invitation) => invitation.role !== 'member_editor' || invitation.organisationId || invitation.registrationNumber, {
		message: 'invitation_organisation_required',
		path: ['registrationNumber']
	});

/** Invitation ids are uuids; anything else names no invitation and is not worth a query. */
export const invitationIdSchema = z.uuid();

export const roleChangeSchema = z.object({
	userId: singleLineText({ min: 1, max: textLimits.short }),
	role: z.enum(spaceRoles)
});

/** What a person without an account enters to accept: the e-mail address is the invitation's. */
export const newAccountSchema = newUserSchema.pick({ name: true, password: true });
export type NewAccount = z.input<typeof newAccountSchema>;

export const addMemberSchema = z.object({ email: emailAddress(), role: z.enum(spaceRoles) });
