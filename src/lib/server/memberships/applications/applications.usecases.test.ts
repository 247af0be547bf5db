import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { personIn } from '../../../../../tests/support/actors.ts';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import type { SpaceRole } from '../../../policy/roles.ts';
import { createAuditRepository } from '../../audit/audit.repository.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { jobs } from '../../jobs/jobs.table.ts';
import { organisationReferencesOf } from '../../manifest/manifest.ts';
import { modules } from '../../modules.ts';
import { mergeOrganisations } from '../../organisations/duplicates/duplicates.usecases.ts';
import type { OutgoingMail } from '../../mail/mail.schemas.ts';
import { createOrganisation } from '../../organisations/organisations.usecases.ts';
import { anonymous, cliActor } from '../../policy/actor.ts';
import { findSpaceRef, type SpaceRef } from '../../spaces/space-scope.ts';
import { createSpace } from '../../spaces/spaces.usecases.ts';
import { addMembership, listMembers, listOwnMemberships } from '../memberships.usecases.ts';
import { applyForMembership, decideApplication, listApplications } from './applications.usecases.ts';

const cli = { actor: cliActor, source: 'cli' } as const;
const publicUrl = 'http://hub.example';

describe('applications for membership', () => {
	let database: DatabaseHandle;
	let grozd: SpaceRef;
	const organisation: Record<string, string> = {};
	const person = (role: SpaceRole, organisationId: string | null = null) => personIn(grozd.id, role, organisationId);
	const staff = () => ({ actor: person('staff'), source: 'form' as const });
	const publicForm = { actor: anonymous, source: 'form' } as const;
	let address = 0;
	// each application from an address of its own, unless a test is about the limits
	const apply = (input: Record<string, unknown>, clientAddress = `10.0.0.${++address}`) =>
		applyForMembership({ db: database.db, context: publicForm, space: grozd, clientAddress, input });
	const mails = async () => (await database.db.select().from(jobs).where(eq(jobs.kind, 'mail.send'))).map((job) => job.payload as OutgoingMail);
	const problemOf = (promise: Promise<unknown>) =>
		promise.then(
			() => 'none',
			(error: unknown) => (error instanceof ZodError ? error.issues.map((issue) => issue.path.join('.')).join(',') : (error as { code: string }).code)
		);

	beforeAll(async () => {
		database = await createTestDatabase();
		const { db } = database;
		await createSpace({ db, context: cli, input: { slug: 'grozd', kind: 'regional_hub', name: { sl: 'Grozd', en: 'Grozd hub' } } });
		grozd = await findSpaceRef(db, 'grozd');
		const add = async (key: string, input: Record<string, unknown>) =>
			(organisation[key] = (await createOrganisation({ db, context: cli, input: { legalForm: 'association', ...input } })).id);
		await add('kranj', { name: 'Društvo Stičišče Kranj', registrationNumber: '1111111', municipalityCode: '052' });
		await add('bled', { name: 'Turistično društvo Bled', registrationNumber: '2222222', municipalityCode: '003' });
		await add('former', { name: 'Nekdanja članica', registrationNumber: '3333333' });
		await add('member', { name: 'Članica Jesenice', registrationNumber: '4444444' });
		await addMembership({ db, context: cli, space: grozd, organisationId: organisation.member!, input: { status: 'member', since: '2020-01-01' } });
		await addMembership({
			db,
			context: cli,
			space: grozd,
			organisationId: organisation.former!,
			input: { status: 'former', since: '2018-01-01', until: '2022-12-31' }
		});
	});
	afterAll(() => database.close());

	it('takes an application from anyone, for an organisation named by number or name, as an applicant the public does not see', async () => {
		const sent = await apply({ organisation: '1111111', contactName: 'Ana Novak', contactEmail: 'Ana@Example.si', message: 'Radi bi se pridružili.' });
		expect(sent).toMatchObject({ organisation: { id: organisation.kranj, name: 'Društvo Stičišče Kranj' }, contactEmail: 'ana@example.si' });
		await apply({ organisation: 'turistično društvo bled', contactName: 'Bor Kos', contactEmail: 'bor@example.si', locale: 'en' });
		const listed = await listApplications({ db: database.db, actor: person('staff'), space: grozd });
		expect(listed.map((application) => [application.organisation.name, application.contactName, application.message])).toEqual([
			['Društvo Stičišče Kranj', 'Ana Novak', 'Radi bi se pridružili.'],
			['Turistično društvo Bled', 'Bor Kos', null]
		]);
		const publicList = await listMembers({ db: database.db, actor: anonymous, space: grozd, query: {} });
		expect(publicList.items.map((member) => member.organisation.name)).toEqual(['Članica Jesenice']);
		const { items } = await createAuditRepository({ db: database.db }).list({ entityType: 'membership' }, { limit: 10, offset: 0 });
		// the log names who applied by the name they gave, as someone not signed in
		expect(items.filter((entry) => entry.action === 'membership.apply').map((entry) => [entry.actorLabel, entry.actorKind])).toEqual(
			expect.arrayContaining([
				['Ana Novak', 'public'],
				['Bor Kos', 'public']
			])
		);
	});

	it('refuses a member, a second application, an unknown organisation and a form without contact', async () => {
		expect(await problemOf(apply({ organisation: '4444444', contactName: 'X', contactEmail: 'x@example.si' }))).toBe('membership_application_member');
		expect(await problemOf(apply({ organisation: '1111111', contactName: 'X', contactEmail: 'x@example.si' }))).toBe('membership_application_pending');
		expect(await problemOf(apply({ organisation: '9999999', contactName: 'X', contactEmail: 'x@example.si' }))).toBe('organisation_not_matched');
		expect(await problemOf(apply({ organisation: '', contactName: '', contactEmail: 'no address' }))).toBe('organisation,contactName,contactEmail');
	});

	it('takes at most 5 applications an hour from one client address', async () => {
		const results = [];
		for (let index = 0; index < 6; index++) {
			results.push(await problemOf(apply({ organisation: '9999999', contactName: 'Spam', contactEmail: `spam${index}@example.si` }, '192.0.2.1')));
		}
		expect(results).toEqual([...Array(5).fill('organisation_not_matched'), 'membership_application_rate_limited']);
	});

	it('lets staff accept or decline, and mails the applicant in the language they applied in', async () => {
		const { db } = database;
		expect(await decideApplication({ db, context: staff(), space: grozd, publicUrl, organisationId: organisation.kranj!, decision: 'accept' })).toEqual({
			mailed: true
		});
		expect(await decideApplication({ db, context: staff(), space: grozd, publicUrl, organisationId: organisation.bled!, decision: 'decline' })).toEqual({
			mailed: true
		});
		const [accepted, declined] = await mails();
		expect(accepted).toMatchObject({ to: 'ana@example.si', subject: 'Sprejeti ste med člane: Grozd' });
		expect(accepted!.text).toContain('Društvo Stičišče Kranj je zdaj članica prostora Grozd.');
		expect(accepted!.text).toContain('http://hub.example/spaces/grozd');
		expect(declined).toMatchObject({ to: 'bor@example.si', subject: 'Your application for membership: Grozd hub' });
		const { items } = await listMembers({ db, actor: person('staff'), space: grozd, query: {} });
		expect(items.map((member) => [member.organisation.name, member.status])).toEqual([
			['Članica Jesenice', 'member'],
			['Društvo Stičišče Kranj', 'member'],
			['Nekdanja članica', 'former']
		]);
		expect(await listApplications({ db, actor: person('staff'), space: grozd })).toEqual([]);
		expect(await problemOf(decideApplication({ db, context: staff(), space: grozd, publicUrl, organisationId: organisation.kranj!, decision: 'accept' }))).toBe(
			'membership_not_applicant'
		);
	});

	it('lets a former member apply again, and a declined former member stays former', async () => {
		const { db } = database;
		await apply({ organisation: '3333333', contactName: 'Cene', contactEmail: 'cene@example.si' });
		await decideApplication({ db, context: staff(), space: grozd, publicUrl, organisationId: organisation.former!, decision: 'decline' });
		const { items } = await listMembers({ db, actor: person('staff'), space: grozd, query: { status: 'former' } });
		expect(items).toMatchObject([{ organisation: { id: organisation.former }, since: '2018-01-01', until: '2022-12-31' }]);
	});

	it('is answered by admins and staff only; a member editor sees their own organisation memberships', async () => {
		const { db } = database;
		for (const role of ['viewer', 'member_editor'] as const) {
			await expect(listApplications({ db, actor: person(role), space: grozd })).rejects.toMatchObject({ code: 'forbidden' });
			await expect(
				decideApplication({
					db,
					context: { actor: person(role), source: 'form' },
					space: grozd,
					publicUrl,
					organisationId: organisation.kranj!,
					decision: 'accept'
				})
			).rejects.toMatchObject({ code: 'forbidden' });
		}
		const editor = person('member_editor', organisation.kranj!);
		expect(await listOwnMemberships({ db, actor: editor, organisationIds: [organisation.kranj!] })).toEqual({
			[organisation.kranj!]: [{ slug: 'grozd', name: { sl: 'Grozd', en: 'Grozd hub' }, status: 'member', since: expect.any(String), until: null }]
		});
		await expect(listOwnMemberships({ db, actor: editor, organisationIds: [organisation.bled!] })).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('moves an open application with a merged organisation to the kept one', async () => {
		const { db } = database;
		const twin = await createOrganisation({
			db,
			context: cli,
			input: { name: 'Turistično društvo Bled (dvojnik)', registrationNumber: '7777777', legalForm: 'association' }
		});
		await apply({ organisation: '7777777', contactName: 'Eva', contactEmail: 'eva@example.si' });
		await mergeOrganisations({ db, context: cli, keepId: organisation.bled!, mergeId: twin.id, force: true, references: organisationReferencesOf(modules) });
		expect(
			(await listApplications({ db, actor: person('staff'), space: grozd })).map((application) => [application.organisation.id, application.contactName])
		).toEqual([[organisation.bled, 'Eva']]);
		expect(await decideApplication({ db, context: staff(), space: grozd, publicUrl, organisationId: organisation.bled!, decision: 'accept' })).toEqual({
			mailed: true
		});
	});
});
