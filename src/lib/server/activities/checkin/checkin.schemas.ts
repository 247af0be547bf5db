import { z } from 'zod';
import { emailAddress, singleLineText } from '../../shared/text.ts';
import { registrationStatuses } from '../registrations/registrations.table.ts';

/** The personal code from the confirmation mail: typed at the door in any case, with or without spaces. */
const codeSchema = z
	.string()
	.transform((code) => code.replace(/[\s-]+/g, '').toUpperCase())
	.pipe(z.string().regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/, 'checkin_code_format'))
	.meta({ description: 'The personal check-in code of the confirmation mail (8 characters, also in its QR code).', example: 'K7M2QX9B' });

/**
 * One check-in as the phone sends it: the person by the code scanned or typed, or by their
 * registration (a tap in the list). `checkedInAt` is when the phone saw it, which may be a while
 * before it could send it; `clientId` names the check-in on the phone, for its own bookkeeping.
 */
export const checkInInputSchema = z
	.object({
		sessionId: z.uuid(),
		code: codeSchema.optional(),
		registrationId: z.uuid().optional(),
		checkedInAt: z.iso
			.datetime({ offset: true })
			.optional()
			.meta({ description: 'When the phone checked the person in (RFC 3339); the time of arrival when left out.' }),
		clientId: z.string().max(100).optional().meta({ description: "The phone's own id for the check-in, echoed back." }),
		method: z.enum(['scan', 'code', 'tap', 'sheet']).optional().meta({ description: 'How the person was found; `code` when a code is sent, `tap` otherwise.' })
	})
	.refine((input) => Boolean(input.code) !== Boolean(input.registrationId), { message: 'checkin_code_or_registration', path: ['code'] })
	.meta({ id: 'CheckInInput', description: 'A check-in of one person for one session.' });
export type CheckInInput = z.input<typeof checkInInputSchema>;

export const undoCheckInSchema = z
	.object({ sessionId: z.uuid(), registrationId: z.uuid() })
	.meta({ id: 'UndoCheckInInput', description: 'A check-in made by mistake, to remove.' });

export const checkInResultSchema = z
	.object({
		registrationId: z.uuid(),
		sessionId: z.uuid(),
		name: z.string(),
		organisation: z.string().nullable(),
		status: z.enum(registrationStatuses),
		checkedInAt: z.string().meta({ description: 'When the person was checked in; for a repeated check-in, the first time.' }),
		alreadyCheckedIn: z.boolean().meta({ description: 'The person was checked in for the session before: nothing changed, nothing was counted twice.' }),
		clientId: z.string().nullable()
	})
	.meta({ id: 'CheckInResult', description: 'The person checked in, and whether this check-in was new.' });
export type CheckInResult = z.output<typeof checkInResultSchema>;

export const rosterEntrySchema = z
	.object({
		registrationId: z.uuid(),
		name: z.string(),
		organisation: z.string().nullable(),
		code: z.string(),
		status: z.enum(registrationStatuses),
		checkedInAt: z.string().nullable().meta({ description: 'When the person was checked in for the session; null if not.' })
	})
	.meta({ id: 'CheckInRosterEntry' });

export const rosterSchema = z
	.object({
		activityId: z.uuid(),
		sessionId: z.uuid(),
		sessions: z.array(z.object({ id: z.uuid(), startsAt: z.string(), endsAt: z.string() })),
		items: z.array(rosterEntrySchema)
	})
	.meta({ id: 'CheckInRoster', description: "The people expected at a session (every registration that is not cancelled or waiting), for the phone's cache." });
export type Roster = z.output<typeof rosterSchema>;
export type RosterEntry = Roster['items'][number];

/** A person who came without registering: added as attended, whatever the capacity. */
export const walkInSchema = z.object({
	sessionId: z.uuid(),
	name: singleLineText({ min: 1, max: 200, messages: { min: 'checkin_walk_in_name_required', max: 'checkin_walk_in_name_too_long' } }),
	email: z.preprocess((value) => (value === '' ? undefined : value), emailAddress('checkin_walk_in_email_format').optional()),
	organisationId: z.uuid().nullable().optional()
});

/** The statuses staff set by hand: a no-show, and back to registered. */
export const statusChangeSchema = z.object({
	registrationId: z.uuid(),
	status: z.enum(['no_show', 'registered'])
});

/** The signed sheet entered afterwards: who is ticked for the session (those not ticked lose a check-in). */
export const sheetSchema = z.object({
	sessionId: z.uuid(),
	present: z.array(z.uuid()).max(10_000)
});
