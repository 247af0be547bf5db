import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../../tests/support/database.ts';
import { auditLog } from '../../audit/audit.table.ts';
import type { AuditContext } from '../../audit/audit.usecases.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { createJobsRepository } from '../../jobs/jobs.repository.ts';
import { runDueJobs, type JobDefinition } from '../../jobs/jobs.usecases.ts';
import { organisationImports } from '../organisations.table.ts';
import { createTeamFixture } from '../../team/team.test-fixtures.ts';
import { createOrganisationsRepository } from '../organisations.repository.ts';
import { rejectedRowsFile } from './rejected-rows.ts';
import { getImport, getImportProgress, importJobHandlers, maxImportBytes, previewImport, queueImport, remapImport } from './import-runs.usecases.ts';

const csv = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8');

describe('imports started in the browser', () => {
	let database: DatabaseHandle;
	let staff: AuditContext;
	let viewer: AuditContext;
	const runJobs = () => runDueJobs({ db: database.db, handlers: importJobHandlers(database.db), workerId: 'test' });

	beforeAll(async () => {
		database = await createTestDatabase();
		const fixture = await createTeamFixture(database);
		staff = await fixture.contextOf(await fixture.person('staff@example.si', 'Staff', 'staff'));
		viewer = await fixture.contextOf(await fixture.person('viewer@example.si', 'Viewer', 'viewer'));
	});
	afterAll(() => database.close());

	it('previews a file with the rejected rows, and will not start it', async () => {
		const file = { name: 'bad.csv', content: csv('registration_number,name,legal_form', '9100001,Društvo Dobro,association', '91,Društvo Slabo,association') };
		const preview = await previewImport({ db: database.db, context: staff, file });
		expect(preview).toMatchObject({
			status: 'previewed',
			total: 2,
			created: 1,
			problems: [{ line: 3, column: 'registration_number', code: 'registration_number_format' }]
		});
		expect(await createOrganisationsRepository({ db: database.db }).findByRegistrationNumber('9100001')).toBeUndefined();
		await expect(queueImport({ db: database.db, context: staff, importId: preview.id })).rejects.toMatchObject({ code: 'import_not_ready' });
		const view = await getImport({ db: database.db, actor: staff.actor, importId: preview.id });
		expect(view).toMatchObject({ problemCount: 1, layout: { kind: 'ours' }, header: ['registration_number', 'name', 'legal_form'] });
	});

	it('imports the good rows alone when asked, leaving the rejected ones out and their file to download', async () => {
		const file = {
			name: 'mixed.csv',
			content: csv('registration_number;name;legal_form', '9110001;Društvo Dobro;association', '911;Društvo Slabo;association')
		};
		const preview = await previewImport({ db: database.db, context: staff, file });
		await expect(queueImport({ db: database.db, context: staff, importId: preview.id })).rejects.toMatchObject({ code: 'import_not_ready' });
		await queueImport({ db: database.db, context: staff, importId: preview.id, skipRejected: true });
		expect(await runJobs()).toEqual({ done: 1, retried: 0, failed: 0 });
		const view = await getImport({ db: database.db, actor: staff.actor, importId: preview.id });
		expect(view).toMatchObject({ status: 'done', created: 1, rejectedCount: 1, problems: [{ line: 3, value: '911', name: 'Društvo Slabo' }] });
		expect(await createOrganisationsRepository({ db: database.db }).findByRegistrationNumber('9110001')).toMatchObject({ name: 'Društvo Dobro' });
		const rejected = await rejectedRowsFile({ db: database.db, actor: staff.actor, importId: preview.id, errorColumn: 'napaka', describe: () => 'kratka' });
		expect(rejected.body.toString('utf8')).toBe('\uFEFFregistration_number;name;legal_form;napaka\r\n911;Društvo Slabo;association;kratka\r\n');
		// a file whose every row is rejected has nothing to import
		const allBad = await previewImport({
			db: database.db,
			context: staff,
			file: { name: 'bad.csv', content: csv('registration_number,name,legal_form', '91,A,association') }
		});
		await expect(queueImport({ db: database.db, context: staff, importId: allBad.id, skipRejected: true })).rejects.toMatchObject({ code: 'import_not_ready' });
	});

	it('keeps a file whose header needs a mapping, and previews it again once mapped', async () => {
		const file = { name: 'other.csv', content: csv('Naziv;Oblika;Matična št.', 'Društvo Preslikano;društvo;9200001') };
		const preview = await previewImport({ db: database.db, context: staff, file });
		expect(preview.total).toBe(0);
		const before = await getImport({ db: database.db, actor: staff.actor, importId: preview.id });
		expect(before).toMatchObject({ layout: null, mappingError: { code: 'import_mapping_needed' }, header: ['Naziv', 'Oblika', 'Matična št.'] });
		const mapped = await remapImport({
			db: database.db,
			context: staff,
			importId: preview.id,
			mapping: { name: 'Naziv', legal_form: 'Oblika', registration_number: 'Matična št.' }
		});
		expect(mapped).toMatchObject({ total: 1, created: 1, problems: [] });
		expect((await getImport({ db: database.db, actor: staff.actor, importId: preview.id })).layout?.kind).toBe('mapped');
	});

	it('runs a queued import as a job in the name of whoever started it, with progress and an audit entry', async () => {
		const rows = Array.from({ length: 2500 }, (_, index) => `${9300000 + index},Društvo ${index},association`);
		const preview = await previewImport({
			db: database.db,
			context: staff,
			file: { name: 'many.csv', content: csv('registration_number,name,legal_form', ...rows) }
		});
		expect(preview).toMatchObject({ total: 2500, created: 2500, problems: [] });
		const queued = await queueImport({ db: database.db, context: staff, importId: preview.id });
		expect(queued.status).toBe('queued');
		expect(await getImportProgress({ db: database.db, actor: staff.actor, importId: preview.id })).toMatchObject({
			status: 'queued',
			processed: 0,
			total: 2500
		});

		expect(await runJobs()).toEqual({ done: 1, retried: 0, failed: 0 });
		expect(await getImportProgress({ db: database.db, actor: staff.actor, importId: preview.id })).toEqual({
			status: 'done',
			processed: 2500,
			total: 2500,
			created: 2500,
			updated: 0,
			unchanged: 0,
			problemCount: 0
		});
		const view = await getImport({ db: database.db, actor: staff.actor, importId: preview.id });
		expect(view.finishedAt).not.toBeNull();
		expect(await createOrganisationsRepository({ db: database.db }).findByRegistrationNumber('9302499')).toMatchObject({ name: 'Društvo 2499' });
		const [summary] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, preview.id));
		expect(summary).toMatchObject({ action: 'organisation.import', actorLabel: 'staff@example.si', source: 'form', after: { created: 2500 } });
		await expect(queueImport({ db: database.db, context: staff, importId: preview.id })).rejects.toMatchObject({ code: 'import_not_ready' });
	});

	it('refuses files that are too large, unreadable or not ours to read, and people who do not keep the registry', async () => {
		const preview = (name: string, content: Buffer, context = staff) => previewImport({ db: database.db, context, file: { name, content } });
		await expect(preview('huge.csv', Buffer.alloc(maxImportBytes + 1, 'a'))).rejects.toMatchObject({ code: 'import_file_too_large' });
		await expect(preview('notes.txt', csv('a'))).rejects.toMatchObject({ code: 'import_file_format' });
		await expect(preview('broken.xlsx', Buffer.from('PK not really a workbook'))).rejects.toMatchObject({ code: 'import_file_unreadable' });
		await expect(preview('empty.csv', Buffer.from(''))).rejects.toMatchObject({ code: 'import_file_empty' });
		await expect(preview('ok.csv', csv('name,legal_form', 'Društvo,association'), viewer)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(getImport({ db: database.db, actor: viewer.actor, importId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(getImport({ db: database.db, actor: staff.actor, importId: 'nonsense' })).rejects.toMatchObject({ code: 'import_not_found' });
	});

	it("runs one person's imports one after another: the second waits in the queue while the first runs", async () => {
		const queued: { id: string }[] = [];
		for (const number of [9400001, 9400002]) {
			const file = { name: `${number}.csv`, content: csv('registration_number,name,legal_form', `${number},Društvo Vrsta ${number},association`) };
			const preview = await previewImport({ db: database.db, context: staff, file });
			queued.push(await queueImport({ db: database.db, context: staff, importId: preview.id }));
		}
		const handlers = importJobHandlers(database.db);
		const statusesWhileFirstRuns: string[] = [];
		const watching = {
			'organisation.import': {
				...(handlers['organisation.import'] as JobDefinition),
				run: async (payload: unknown) => {
					const view = async (id: string) => (await getImport({ db: database.db, actor: staff.actor, importId: id })).status;
					// another runner, elsewhere, finds nothing to take while the first runs
					statusesWhileFirstRuns.push(
						String(
							(await createJobsRepository({ db: database.db }).claimDue({ workerId: 'other', limit: 10, maxRunning: { 'organisation.import': 2 } })).length
						)
					);
					statusesWhileFirstRuns.push(await view(queued[1]!.id));
					await (handlers['organisation.import'] as JobDefinition).run(payload);
				}
			}
		};
		expect(await runDueJobs({ db: database.db, handlers: watching, workerId: 'test' })).toEqual({ done: 1, retried: 0, failed: 0 });
		expect(statusesWhileFirstRuns).toEqual(['0', 'queued']);
		expect(await getImportProgress({ db: database.db, actor: staff.actor, importId: queued[0]!.id })).toMatchObject({ status: 'done' });
		expect(await runJobs()).toEqual({ done: 1, retried: 0, failed: 0 });
		expect(await getImportProgress({ db: database.db, actor: staff.actor, importId: queued[1]!.id })).toMatchObject({ status: 'done' });
	});

	it('never runs an import a second time: one found running was interrupted', async () => {
		const file = { name: 'once.csv', content: csv('registration_number,name,legal_form', '9500001,Društvo Enkrat,association') };
		const preview = await previewImport({ db: database.db, context: staff, file });
		await queueImport({ db: database.db, context: staff, importId: preview.id });
		await database.db.update(organisationImports).set({ status: 'running' }).where(eq(organisationImports.id, preview.id));
		await runJobs();
		expect(await getImport({ db: database.db, actor: staff.actor, importId: preview.id })).toMatchObject({
			status: 'failed',
			problems: [{ code: 'import_interrupted' }]
		});
		expect(await createOrganisationsRepository({ db: database.db }).findByRegistrationNumber('9500001')).toBeUndefined();
	});
});
