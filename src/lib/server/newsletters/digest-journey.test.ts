import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { loadDemoContent } from '../demo/demo.usecases.ts';
import { composeDigest } from '../digest/digest.compose.ts';
import { jobs } from '../jobs/jobs.table.ts';
import type { OutgoingMail } from '../mail/mail.schemas.ts';
import { mailSendJobKind } from '../mail/mail.usecases.ts';
import { createPost } from '../posts/posts.usecases.ts';
import { findSpaceRef, type SpaceRef } from '../spaces/space-scope.ts';
import { sendDigest } from './digest-sending.ts';
import { confirmSignUp, signUp, unsubscribe } from './newsletters.signup.ts';
import { newsletterLists } from './newsletters.table.ts';

const publicUrl = 'http://sticisce.test';
const day = 86_400_000;

/**
 * The "done when" for informing, on the demo with the real parts: a visitor signs up to a
 * space's public list, gets nothing but the confirmation until they confirm, then gets the weekly
 * digest composed from the demo's events and calls and a post staff publish, and leaves in one click.
 */
describe('a visitor and the weekly digest of the demo', () => {
	let database: DatabaseHandle;
	let space: SpaceRef;
	let listId: string;
	const loadedAt = new Date();
	// a week later: the week that ended last holds the day the demo was loaded (its events and calls are new in it)
	const sendingAt = new Date(loadedAt.getTime() + 7 * day);

	beforeAll(async () => {
		database = await createTestDatabase();
		await loadDemoContent({ db: database.db });
		space = await findSpaceRef(database.db, 'iskra');
		const [list] = await database.db
			.select()
			.from(newsletterLists)
			.where(and(eq(newsletterLists.spaceId, space.id), eq(newsletterLists.audience, 'public')));
		listId = list!.id;
		await createPost({
			db: database.db,
			context: { actor: personIn(space.id, 'staff'), source: 'form' },
			space,
			input: {
				kind: 'news',
				status: 'published',
				publishAt: loadedAt.toISOString(),
				translations: { sl: { title: 'Odprli smo prijave na delavnico', body: 'Vabljeni.' }, en: { title: 'Workshop registrations open', body: 'Welcome.' } }
			}
		});
	});
	afterAll(() => database.close());

	const mailsTo = async (email: string) =>
		(await database.db.select().from(jobs).where(eq(jobs.kind, mailSendJobKind))).map((job) => job.payload as OutgoingMail).filter((mail) => mail.to === email);

	it('sends nothing before the confirmation, the digest of events, calls and posts after it, and nothing after unsubscribing', async () => {
		const db = database.db;
		const email = 'obiskovalka@example.si';
		await signUp({ db, listId, input: { email, locale: 'en' }, clientAddress: '10.1.1.1', publicUrl });
		const confirmation = await mailsTo(email);
		expect(confirmation).toHaveLength(1);
		const token = confirmation[0]!.text.match(/\/newsletters\/confirm\/([A-Za-z0-9_-]+)/)![1]!;

		// not confirmed: the week's digest passes her by
		const unconfirmed = await sendDigest({ db, payload: { listId, publicUrl }, composeDigest, now: sendingAt });
		expect(unconfirmed.sent).toBe(0);
		expect(await mailsTo(email)).toHaveLength(1);
		await db.update(newsletterLists).set({ lastDigestPeriod: null }).where(eq(newsletterLists.id, listId));

		await confirmSignUp({ db, token });
		const sent = await sendDigest({ db, payload: { listId, publicUrl }, composeDigest, now: sendingAt });
		expect(sent.sent).toBe(1);
		const digest = (await mailsTo(email))[1]!;
		expect(digest.text).toContain('Upcoming events');
		expect(digest.text).toContain('Open funding calls');
		expect(digest.text).toContain('amount: EUR 500,000.00');
		expect(digest.text).toContain('Workshop registrations open');
		expect(digest.html).toContain(`${publicUrl}/en/calls/`);
		expect(digest.html).toContain(`${publicUrl}/en/spaces/iskra/activities/`);
		expect(digest.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

		const key = digest.headers!['List-Unsubscribe']!.match(/\/unsubscribe\/([a-f0-9]{64})/)![1]!;
		await unsubscribe({ db, token: key, source: 'one-click' });
		await db.update(newsletterLists).set({ lastDigestPeriod: null }).where(eq(newsletterLists.id, listId));
		expect((await sendDigest({ db, payload: { listId, publicUrl }, composeDigest, now: sendingAt })).sent).toBe(0);
		expect(await mailsTo(email)).toHaveLength(2);
	});
});
