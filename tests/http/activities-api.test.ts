import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/lib/server/tokens/tokens.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { apiCaller } from '../support/api-call.ts';
import { startPeopleApp, type PeopleApp } from '../support/people-app.ts';

// The activities API of issue 13 (item 9) against the whole app: Grozd's admin holds a `write`
// token; the member editor one with the new `activities:write` scope, which their role does not allow.
let people: PeopleApp;
let editorToken = '';
beforeAll(async () => {
	people = await startPeopleApp({
		afterSeeding: async (db, fixture) => {
			const created = await createApiToken({
				db,
				context: { actor: cliActor, source: 'cli' },
				userId: fixture.people.memberEditor!.userId,
				input: { name: 'editor activities', scopes: ['activities:write'] }
			});
			editorToken = created.token;
		}
	});
});
afterAll(() => people?.app.close());

const call = apiCaller(() => people);

/** The example, with a second session at a place. */
const example = {
	title: { sl: 'Pisanje prijav na razpise', en: 'Writing grant applications' },
	type: 'training',
	pillar: 'training',
	capacity: 10,
	public: true,
	sessions: [
		{ startsAt: '2031-03-03T09:00:00+01:00', endsAt: '2031-03-03T12:00:00+01:00', online: true, url: 'https://meet.example.si/razpisi' },
		{ startsAt: '2031-03-10T09:00:00+01:00', endsAt: '2031-03-10T12:00:00+01:00', place: { address: 'Glavni trg 4, Kranj', municipalityCode: '052' } }
	]
};

describe('the activities API', () => {
	let id = '';

	it("creates an activity from the issue's example body, answering 201 with its id, and reads it back", async () => {
		const created = await call('/spaces/grozd/activities', { method: 'POST', token: 'adminEverything', body: example });
		expect(created.status).toBe(201);
		id = created.body.id;
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		expect(created.body).toMatchObject({ slug: 'pisanje-prijav-na-razpise', capacity: 10, public: true, type: 'training' });
		expect(created.body.sessions).toMatchObject([
			{ online: true, url: 'https://meet.example.si/razpisi', place: null, startsAt: '2031-03-03T08:00:00.000Z' },
			{ online: false, url: null, place: { address: 'Glavni trg 4, Kranj', municipalityCode: '052' } }
		]);
		const read = await call(`/activities/${id}`);
		expect(read.status).toBe(200);
		expect(read.body).toEqual(created.body);
		const list = await call('/spaces/grozd/activities?from=2031-03-01&to=3.%203.%202031&type=training');
		expect(list.status).toBe(200);
		expect(list.body.items.map((activity: { id: string }) => activity.id)).toContain(id);
		expect((await call('/spaces/grozd/activities?from=2031-03-04&to=2031-03-05')).body.items).toEqual([]);
	});

	it('changes only the fields sent, keeping a session named by id', async () => {
		const before = (await call(`/activities/${id}`)).body;
		const changed = await call(`/activities/${id}`, {
			method: 'PATCH',
			token: 'adminEverything',
			body: { capacity: 25, certificateMinPercent: 80, sessions: [{ ...example.sessions[1], id: before.sessions[1].id, unnamedAttendees: 3 }] }
		});
		expect(changed.status).toBe(200);
		expect(changed.body).toMatchObject({ capacity: 25, certificateMinPercent: 80, title: example.title });
		expect(changed.body.sessions).toHaveLength(1);
		expect(changed.body.sessions[0]).toMatchObject({ id: before.sessions[1].id, unnamedAttendees: 3 });
	});

	it('refuses bad input with 400 naming the field and the problem', async () => {
		const refused = await call('/spaces/grozd/activities', {
			method: 'POST',
			token: 'adminEverything',
			body: { ...example, sessions: [{ startsAt: '2031-03-03T09:00:00+01:00', endsAt: '2031-03-03T08:00:00+01:00', online: true, url: 'https://x.si' }] }
		});
		expect(refused.status).toBe(400);
		expect(JSON.stringify(refused.body)).toMatch(/sessions/);
		expect(JSON.stringify(refused.body)).toMatch(/session_ends_before_start/);
		const noPlace = await call('/spaces/grozd/activities', {
			method: 'POST',
			token: 'adminEverything',
			body: { ...example, sessions: [{ startsAt: '2031-03-03T09:00:00+01:00', endsAt: '2031-03-03T12:00:00+01:00' }] }
		});
		expect(noPlace.status).toBe(400);
		expect(JSON.stringify(noPlace.body)).toMatch(/session_place_or_link/);
		const unknownType = await call(`/activities/${id}`, { method: 'PATCH', token: 'adminEverything', body: { type: 'picnic' } });
		expect(unknownType.status).toBe(400);
		expect(unknownType.body.code ?? JSON.stringify(unknownType.body)).toMatch(/activity_type_unknown/);
		expect((await call('/activities/not-an-id')).status).toBe(404);
	});

	it('refuses a member editor (403) and a token without the scope, and anonymous writes', async () => {
		const response = await fetch(`${people.app.url}/api/v1/activities/${id}`, {
			method: 'PATCH',
			headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'application/json' },
			body: JSON.stringify({ capacity: 1 })
		});
		expect(response.status).toBe(403);
		const byEditor = await fetch(`${people.app.url}/api/v1/spaces/grozd/activities`, {
			method: 'POST',
			headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'application/json' },
			body: JSON.stringify(example)
		});
		expect(byEditor.status).toBe(403);
		expect((await call('/spaces/grozd/activities', { method: 'POST', token: 'staffSpacesWrite', body: example })).status).toBe(403);
		expect((await call('/spaces/grozd/activities', { method: 'POST', body: example })).status).toBe(401);
		expect((await call(`/activities/${id}`)).body.capacity).toBe(25);
	});

	it('hides an internal activity from the public and lists it for the space’s staff', async () => {
		const internal = await call('/spaces/grozd/activities', {
			method: 'POST',
			token: 'adminEverything',
			body: { ...example, title: { sl: 'Sestanek ekipe' }, public: false, type: 'other', pillar: 'networking' }
		});
		expect(internal.status).toBe(201);
		expect((await call(`/activities/${internal.body.id}`)).status).toBe(401);
		const forPublic = (await call('/spaces/grozd/activities')).body.items.map((activity: { id: string }) => activity.id);
		expect(forPublic).not.toContain(internal.body.id);
		expect(forPublic).toContain(id);
		const forStaff = (await call('/spaces/grozd/activities', { token: 'staffRead' })).body.items.map((activity: { id: string }) => activity.id);
		expect(forStaff).toContain(internal.body.id);
		expect((await call(`/activities/${internal.body.id}`, { token: 'staffRead' })).status).toBe(200);
	});
});
