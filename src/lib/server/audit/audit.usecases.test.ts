import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { anonymous, cliActor, systemActor } from '../policy/actor.ts';
import { createAuditRepository } from './audit.repository.ts';
import { presentAuditEntry } from './audit.presenter.ts';
import { recordAudit, recordAudits, type AuditContext } from './audit.usecases.ts';

describe('who the audit log names', () => {
	let database: DatabaseHandle;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.close());

	const recorded = async (context: AuditContext, entityId: string) => {
		await recordAudit({ db: database.db, context, change: { action: 'membership.apply', entityType: 'membership', entityId } });
		const { items } = await createAuditRepository({ db: database.db }).list({}, { limit: 100, offset: 0 });
		return presentAuditEntry(items.find((row) => row.entityId === entityId)!).actor;
	};

	it('names a person without an account by what they entered on a public form, whom the platform let act', async () => {
		const context: AuditContext = { actor: anonymous, source: 'form', person: { label: 'Ana Novak <ana@drustvo.si>' } };
		expect(await recorded(context, 'e1')).toEqual({ kind: 'public', label: 'Ana Novak <ana@drustvo.si>', userId: null, tokenId: null });
	});

	it('names a person acting on a link by their account once they have one', async () => {
		const context: AuditContext = { actor: systemActor, source: 'form', person: { label: 'nova@example.si', userId: 'user-1' } };
		expect(await recorded(context, 'e2')).toEqual({ kind: 'person', label: 'nova@example.si', userId: 'user-1', tokenId: null });
	});

	it('names the command line, the platform and someone not signed in as such', async () => {
		expect(await recorded({ actor: cliActor, source: 'cli' }, 'e3')).toMatchObject({ kind: 'cli', label: 'command line' });
		expect(await recorded({ actor: systemActor, source: 'system' }, 'e4')).toMatchObject({ kind: 'system', label: 'system' });
		expect(await recorded({ actor: anonymous, source: 'form' }, 'e5')).toMatchObject({ kind: 'anonymous', label: 'anonymous' });
	});

	it('records who for entries written in bulk too', async () => {
		await recordAudits({
			db: database.db,
			context: { actor: cliActor, source: 'cli' },
			changes: [{ action: 'organisation.create', entityType: 'organisation', entityId: 'bulk-1' }]
		});
		const { items } = await createAuditRepository({ db: database.db }).list({ entityType: 'organisation' }, { limit: 10, offset: 0 });
		expect(items.map((row) => row.actorKind)).toEqual(['cli']);
	});
});
