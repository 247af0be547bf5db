import { afterAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../shared/error-messages.ts';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime.js';
import * as teamErrors from '../server/team/team.errors.ts';

// every error the team module can raise, made with an e-mail address where it takes one (a wait in minutes for the limit)
const { invitationRateLimited, ...takingAddresses } = teamErrors;
const raised = [
	...Object.entries(takingAddresses).map(([factory, make]) => ({ factory, error: make('eva@example.si') })),
	{ factory: 'invitationRateLimited', error: invitationRateLimited(3) }
];

describe('messages for the errors of the team module', () => {
	const original = getLocale;
	afterAll(() => overwriteGetLocale(original));

	it('covers every error factory', () => {
		expect(raised.map(({ error }) => error.code).sort()).toEqual([
			'already_member',
			'invitation_accepted',
			'invitation_expired',
			'invitation_gone',
			'invitation_needs_sign_in',
			'invitation_not_found',
			'invitation_organisation_unknown',
			'invitation_other_account',
			'invitation_rate_limited',
			'invitation_used',
			'last_admin',
			'member_not_found'
		]);
	});

	describe.each(['sl', 'en'] as const)('in %s', (locale) => {
		it.each(raised)('$factory has words of its own, with the address it names', ({ error }) => {
			overwriteGetLocale(() => locale);
			const details = (error.details ?? {}) as Record<string, unknown>;
			const message = errorMessage(error.code, details);
			expect(message).not.toBe(errorMessage('no_such_code'));
			if (typeof details.email === 'string') expect(message).toContain(details.email);
			if (typeof details.retryAfterMinutes === 'number') expect(message).toContain(`${details.retryAfterMinutes} minut`);
		});
	});

	it('speaks Slovenian and English', () => {
		const say = (locale: 'sl' | 'en') => {
			overwriteGetLocale(() => locale);
			return errorMessage('invitation_gone');
		};
		expect(say('sl')).not.toBe(say('en'));
	});
});
