import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { personIn } from '../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import { createActivity } from '../activities/activities.usecases.ts';
import type { DatabaseHandle } from '../db/client.ts';
import type { DigestRecipient, DigestSection } from '../manifest/manifest.ts';
import { modules } from '../modules.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { createPerson } from '../people/people.usecases.ts';
import { anonymous, cliActor } from '../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../spaces/space-scope.ts';
import { createSpace } from '../spaces/spaces.usecases.ts';
import { digestSectionRegistry, digestSections } from './digest-sections.ts';
import { composeDigest, composeDigestWith } from './digest.compose.ts';
import { previewDigest } from './digest.preview.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const publicUrl = 'http://sticisce.test';
const since = new Date('2031-02-22T00:00:00+01:00');
const until = new Date('2031-03-01T00:00:00+01:00');

/** A section of the test's own: one item per organisation of the recipient, or `items` as given. */
const section = (id: string, order: number, items: (recipient: DigestRecipient) => { title: string; url: string }[]): DigestSection => ({
	id,
	order,
	heading: (locale) => `${id} (${locale})`,
	collect: async ({ recipient }) => items(recipient)
});

describe('composing a digest', () => {
	let database: DatabaseHandle;
	let hub: SpaceRef;
	let tri: string;
	let pina: string;
	let spela: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		await createSpace({ db: database.db, context: cli, input: { slug: 'nvo-vid', kind: 'thematic_network', name: { sl: 'NVO-VID' } } });
		hub = await findSpaceRef(database.db, 'nvo-vid');
		tri = (await createOrganisation({ db: database.db, context: cli, input: { name: 'Zavod Tri', legalForm: 'private_institute' } })).id;
		pina = (await createOrganisation({ db: database.db, context: cli, input: { name: 'Zavod PiNA', legalForm: 'private_institute' } })).id;
		const formerly = (await createOrganisation({ db: database.db, context: cli, input: { name: 'Društvo Nekoč', legalForm: 'association' } })).id;
		spela = (
			await createPerson({
				db: database.db,
				context: cli,
				input: {
					name: 'Špela Novak',
					email: 'spela.novak@example.si',
					affiliations: [
						{ organisationId: tri, role: 'predsednica', since: '2021-03-01' },
						{ organisationId: pina },
						{ organisationId: formerly, since: '2015-01-01', until: '2019-12-31' }
					]
				}
			})
		).id;
	});
	afterAll(() => database.close());

	it('gives every section the subscriber with their current organisations and language, and keeps the sections in their order', async () => {
		const seen: DigestRecipient[] = [];
		const sections = [
			section('posts', 30, () => [{ title: 'Objava', url: `${publicUrl}/p` }]),
			section('calls', 20, (recipient) => {
				seen.push(recipient);
				return recipient.organisationIds.map((id) => ({ title: `Razpis za ${id}`, url: `${publicUrl}/c/${id}` }));
			}),
			section('activities', 10, () => [])
		].sort((a, b) => a.order - b.order);
		const digest = await composeDigestWith(sections, {
			db: database.db,
			spaceId: hub.id,
			subscriber: { email: 'spela.novak@example.si', personId: spela, locale: 'en' },
			since,
			until,
			publicUrl
		});
		expect(seen).toEqual([{ email: 'spela.novak@example.si', personId: spela, organisationIds: [tri, pina].sort(), locale: 'en' }]);
		// the empty section is left out, the rest in their order, headings in the subscriber's language
		expect(digest?.sections.map((part) => [part.id, part.heading, part.items.length])).toEqual([
			['calls', 'calls (en)', 2],
			['posts', 'posts (en)', 1]
		]);
	});

	it('leaves out a section that fails, logs it without the subscriber’s address, and still sends the others', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const failing: DigestSection = {
				id: 'calls',
				order: 20,
				heading: () => 'Razpisi',
				collect: async ({ recipient }) => {
					throw new Error(`no calls for ${recipient.email}`);
				}
			};
			const digest = await composeDigestWith([failing, section('posts', 30, () => [{ title: 'Objava', url: `${publicUrl}/p` }])], {
				db: database.db,
				spaceId: hub.id,
				subscriber: { email: 'ana@example.si', personId: null, locale: 'sl' },
				since,
				until,
				publicUrl
			});
			expect(digest).toEqual({ sections: [{ id: 'posts', heading: 'posts (sl)', items: [{ title: 'Objava', url: `${publicUrl}/p` }] }] });
			expect(logged).toHaveBeenCalledTimes(1);
			const line = String(logged.mock.calls[0]![0]);
			expect(line).toContain('digest section calls failed');
			expect(line).not.toContain('ana@example.si');
		} finally {
			logged.mockRestore();
		}
	});

	it('is null when every section is empty (or failed): nothing is sent', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const failing: DigestSection = { ...section('calls', 20, () => []), collect: () => Promise.reject(new Error('down')) };
		const input = { db: database.db, spaceId: hub.id, subscriber: { email: 'ana@example.si', personId: null, locale: 'sl' as const }, since, until, publicUrl };
		expect(await composeDigestWith([section('posts', 30, () => []), failing], input)).toBeNull();
		expect(await composeDigestWith([], input)).toBeNull();
		logged.mockRestore();
	});

	it('finds the sections modules install, and refuses two with one id', () => {
		expect(digestSections().map((installed) => installed.id)).toContain('activities');
		expect(modules.length).toBeGreaterThan(0);
		expect(() =>
			digestSectionRegistry([
				{ name: 'a', digestSections: [section('x', 1, () => [])] },
				{ name: 'b', digestSections: [section('x', 2, () => [])] }
			])
		).toThrow(/digest section x/);
	});

	it('composes the real activities section: the space’s new events, in the subscriber’s language', async () => {
		const startedAt = new Date(Date.now() - 1000);
		await createActivity({
			db: database.db,
			context: { actor: personIn(hub.id, 'staff'), source: 'api' },
			space: hub,
			input: {
				title: { sl: 'Letna skupščina NVO-VID', en: 'NVO-VID annual meeting' },
				type: 'conference',
				pillar: 'networking',
				sessions: [{ startsAt: '2031-03-10T10:00:00+01:00', endsAt: '2031-03-10T13:00:00+01:00', online: true, url: 'https://meet.example.si/x' }]
			}
		});
		const digest = await composeDigest({
			db: database.db,
			spaceId: hub.id,
			subscriber: { email: 'spela.novak@example.si', personId: spela, locale: 'en' },
			since: startedAt,
			until,
			publicUrl
		});
		expect(digest?.sections[0]).toEqual({
			id: 'activities',
			heading: 'Upcoming events',
			items: [
				{
					title: 'NVO-VID annual meeting',
					url: `${publicUrl}/en/spaces/nvo-vid/activities/letna-skupscina-nvo-vid`,
					when: '2031-03-10T09:00:00.000Z',
					detail: 'online · registration open'
				}
			]
		});
	});

	it('previews a digest for the space’s staff: a person by address with their organisations, or an anonymous subscriber; others are refused', async () => {
		const composer = vi.fn(async () => null);
		const preview = await previewDigest({
			db: database.db,
			actor: personIn(hub.id, 'staff'),
			space: hub,
			query: { since: '22. 2. 2031', until: '2031-03-01', email: ' Spela.Novak@Example.si ', locale: 'en' },
			locale: 'sl',
			publicUrl,
			composer
		});
		expect(preview).toMatchObject({
			since,
			until,
			locale: 'en',
			recipient: {
				email: 'spela.novak@example.si',
				personId: spela,
				organisations: [
					{ id: pina, name: 'Zavod PiNA' },
					{ id: tri, name: 'Zavod Tri' }
				]
			},
			digest: null
		});
		expect(composer).toHaveBeenCalledWith(
			expect.objectContaining({ subscriber: { email: 'spela.novak@example.si', personId: spela, locale: 'en' }, spaceId: hub.id })
		);

		const anonymousPreview = await previewDigest({
			db: database.db,
			actor: personIn(hub.id, 'admin'),
			space: hub,
			query: {},
			locale: 'sl',
			publicUrl,
			composer
		});
		expect(anonymousPreview.recipient).toEqual({ email: null, personId: null, organisations: [] });
		expect(anonymousPreview.until.getTime() - anonymousPreview.since.getTime()).toBe(7 * 24 * 3600_000);

		const refused = (actor: Parameters<typeof previewDigest>[0]['actor']) =>
			previewDigest({ db: database.db, actor, space: hub, query: {}, locale: 'sl', publicUrl, composer }).catch((error: { code?: string }) => error.code);
		expect(await refused(personIn(hub.id, 'viewer'))).toBe('forbidden');
		expect(await refused(personIn('00000000-0000-4000-8000-000000000000', 'admin'))).toBe('forbidden');
		expect(await refused(anonymous)).toBe('unauthenticated');

		const invalid = await previewDigest({
			db: database.db,
			actor: personIn(hub.id, 'staff'),
			space: hub,
			query: { since: '31. 2. 2031', until: '2031-01-01', email: 'ni-naslov' },
			locale: 'sl',
			publicUrl,
			composer
		}).catch((error: unknown) => error);
		expect(invalid).toBeInstanceOf(ZodError);
		expect((invalid as ZodError).issues.map((issue) => [issue.path[0], issue.message]).sort()).toEqual([
			['email', 'digest_email'],
			['since', 'digest_date']
		]);
	});
});
