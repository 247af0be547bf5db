import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAuth } from '../../../../tests/support/auth.ts';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createJobsRepository } from '../jobs/jobs.repository.ts';
import { mailSendJobKind } from '../mail/mail.usecases.ts';
import type { OutgoingMail } from '../mail/mail.schemas.ts';
import { cliActor } from '../policy/actor.ts';
import { createUser, requestPasswordResetByForm } from './auth.usecases.ts';
import type { Auth } from './better-auth.ts';
import { knownDeviceCookieName } from './known-device.ts';
import { knownDeviceFor, signIn, trustBrowserByUnlockLink } from './sign-in.usecases.ts';

const password = 'correct horse battery';
const publicUrl = 'http://localhost:3000';

describe('sign-in limits', () => {
	let database: DatabaseHandle;
	let auth: Auth;
	let resetRequests: ReturnType<typeof createTestAuth>['resetRequests'];
	const userIds: Record<string, string> = {};

	beforeAll(async () => {
		database = await createTestDatabase();
		({ auth, resetRequests } = createTestAuth(database));
		for (const name of ['ana', 'bor', 'cene', 'dana', 'eva']) {
			const user = await createUser({
				db: database.db,
				auth,
				context: { actor: cliActor, source: 'cli' },
				input: { email: `${name}@example.si`, name, password }
			});
			userIds[name] = user.id;
		}
	});
	afterAll(() => database.close());

	let nextAddress = 0;
	/** Every attempt from an address of its own unless told: only the account limit is at work. */
	const attempt = (
		email: string,
		pass: string,
		{ address = `10.9.${nextAddress >> 8}.${nextAddress++ & 255}`, knownDevice = undefined as string | undefined } = {}
	) => signIn({ db: database.db, auth, input: { email, password: pass }, address, headers: new Headers(), knownDevice, unlockMailing: { publicUrl } });
	const outcome = (signingIn: Promise<unknown>) =>
		signingIn.then(
			() => 'ok',
			(error: { code?: string }) => error.code ?? 'other'
		);
	const failuresRecorded = async (userId: string) =>
		(await createAuditRepository({ db: database.db }).list({ entityType: 'user' }, { limit: 500, offset: 0 })).items.filter(
			(entry) => entry.action === 'user.sign_in_failed' && entry.entityId === userId
		).length;
	const unlockMailsTo = async (to: string) =>
		(await createJobsRepository({ db: database.db }).list({ kind: mailSendJobKind }))
			.map((job) => job.payload as OutgoingMail)
			.filter((mail) => mail.to === to && /\/app\/unlock\//.test(mail.text));

	it('checks no more passwords than the limit when 40 guesses arrive at once', async () => {
		const outcomes = await Promise.all(Array.from({ length: 40 }, () => outcome(attempt('ana@example.si', 'a wrong guess'))));
		const checked = outcomes.filter((code) => code === 'invalid_credentials').length;
		// each password checked and found wrong leaves a record; the rest were refused before checking
		expect(checked).toBe(5);
		expect(await failuresRecorded(userIds.ana!)).toBe(5);
		expect(outcomes.filter((code) => code === 'sign_in_account_locked')).toHaveLength(35);
	});

	it('keeps letting the owner in from a browser the account knows, while strangers stay locked out', async () => {
		const browser = await knownDeviceFor({ auth, email: 'bor@example.si' });
		expect(browser.name).toBe(knownDeviceCookieName('BOR@example.si'));
		for (let i = 0; i < 30; i++) await outcome(attempt('bor@example.si', 'a wrong guess'));
		expect(await outcome(attempt('bor@example.si', password))).toBe('sign_in_account_locked');
		expect(await outcome(attempt('bor@example.si', password, { knownDevice: browser.value }))).toBe('ok');
		// a token for another account, or a forged one, is no known browser
		const other = await knownDeviceFor({ auth, email: 'cene@example.si' });
		expect(await outcome(attempt('bor@example.si', password, { knownDevice: other.value }))).toBe('sign_in_account_locked');
		expect(await outcome(attempt('bor@example.si', password, { knownDevice: `${browser.value.split('.')[0]}.forged` }))).toBe('sign_in_account_locked');
	});

	it('limits a known browser on its own: five failures there pause that browser', async () => {
		const browser = await knownDeviceFor({ auth, email: 'cene@example.si' });
		for (let i = 0; i < 5; i++) expect(await outcome(attempt('cene@example.si', 'a wrong guess', { knownDevice: browser.value }))).toBe('invalid_credentials');
		expect(await outcome(attempt('cene@example.si', password, { knownDevice: browser.value }))).toBe('sign_in_rate_limited');
		// the account itself was not locked by them
		expect(await outcome(attempt('cene@example.si', password))).toBe('ok');
	});

	it('mails one unlock link when an account locks; the link makes one browser a known one, once', async () => {
		for (let i = 0; i < 12; i++) await outcome(attempt('dana@example.si', 'a wrong guess'));
		const mails = await unlockMailsTo('dana@example.si');
		expect(mails).toHaveLength(1);
		expect(mails[0]!.subject).toBe('Prijava v Stičišče je začasno omejena');
		expect(mails[0]!.text).toContain('velja 24 ur');
		const token = mails[0]!.text.match(/\/app\/unlock\/([\w-]+)/)![1]!;

		const { email, knownDevice } = await trustBrowserByUnlockLink({ db: database.db, auth, token });
		expect(email).toBe('dana@example.si');
		expect(await outcome(attempt('dana@example.si', password))).toBe('sign_in_account_locked');
		expect(await outcome(attempt('dana@example.si', password, { knownDevice: knownDevice.value }))).toBe('ok');
		await expect(trustBrowserByUnlockLink({ db: database.db, auth, token })).rejects.toMatchObject({ code: 'unlock_link_invalid' });
	});

	it('says the same of an address without an account, and mails nothing there', async () => {
		const outcomes = [];
		for (let i = 0; i < 7; i++) outcomes.push(await outcome(attempt('nobody@example.si', 'a wrong guess')));
		expect(outcomes).toEqual([...Array(5).fill('invalid_credentials'), 'sign_in_account_locked', 'sign_in_account_locked']);
		expect(await unlockMailsTo('nobody@example.si')).toEqual([]);
	});

	it('limits reset mails per account and per address, the same for addresses without an account', async () => {
		const request = (email: string, address: string) => outcome(requestPasswordResetByForm({ db: database.db, auth, input: { email }, address }));
		for (const email of ['eva@example.si', 'nobody@example.si']) {
			const outcomes = [];
			for (let i = 0; i < 4; i++) outcomes.push(await request(email, `10.8.0.${i}`));
			expect(outcomes).toEqual(['ok', 'ok', 'ok', 'password_reset_rate_limited']);
		}
		expect(resetRequests.map((request) => request.user.email)).toEqual(Array(3).fill('eva@example.si'));

		const fromOneAddress = [];
		for (let i = 0; i < 11; i++) fromOneAddress.push(await request(`person${i}@example.si`, '10.8.1.1'));
		expect(fromOneAddress.filter((code) => code === 'password_reset_rate_limited')).toHaveLength(1);
		expect(fromOneAddress.at(-1)).toBe('password_reset_rate_limited');
	});
});
