import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import type { FieldOfWorkRow } from './fields.table.ts';
import { fieldCodeTaken, fieldInUse, fieldNotFound } from './fields.errors.ts';
import { fieldsPolicy } from './fields.policy.ts';
import { createFieldsRepository } from './fields.repository.ts';
import { fieldInputSchema, fieldMoveSchema, fieldRenameSchema, type FieldInput, type FieldMove, type FieldOfWork, type FieldRename } from './fields.schemas.ts';

const present = ({ code, name, position }: FieldOfWorkRow): FieldOfWork => ({ code, name, position });

/** The fields of work in their order; anyone may read them (forms, filters, the directory). */
export async function listFields({ db }: { db: Database }): Promise<FieldOfWork[]> {
	return (await createFieldsRepository({ db }).list()).map(present);
}

/** The list as its keepers see it: with how many organisations name each field. */
export async function listFieldsForAdmin({ db, actor }: { db: Database; actor: Actor }): Promise<(FieldOfWork & { organisations: number })[]> {
	authorize(fieldsPolicy, actor, 'manage');
	const fields = createFieldsRepository({ db });
	const usage = await fields.usageCounts();
	return (await fields.list()).map((row) => ({ ...present(row), organisations: usage.get(row.code) ?? 0 }));
}

/** Every change to the list: in one transaction, by a platform admin, audited. */
function managingFields<T>({ db, context }: { db: Database; context: AuditContext }, work: (tx: Database) => Promise<T>) {
	authorize(fieldsPolicy, context.actor, 'manage');
	return db.transaction(work);
}

const audit = (tx: Database, context: AuditContext, action: string, code: string, change: { before?: unknown; after?: unknown }) =>
	recordAudit({ db: tx, context, change: { action, entityType: 'field_of_work', entityId: code, ...change } });

/** Adds a field at the end of the list. */
export async function addField({ db, context, input }: { db: Database; context: AuditContext; input: FieldInput }): Promise<FieldOfWork> {
	const { code, name } = fieldInputSchema.parse(input);
	return managingFields({ db, context }, async (tx) => {
		const fields = createFieldsRepository({ db: tx });
		if (await fields.find(code)) throw fieldCodeTaken(code);
		const last = (await fields.list()).at(-1)?.position ?? 0;
		const created = present(await fields.insert({ code, name, position: last + 10 }));
		await audit(tx, context, 'field_of_work.create', code, { after: created });
		return created;
	});
}

export async function renameField({ db, context, input }: { db: Database; context: AuditContext; input: FieldRename }): Promise<FieldOfWork> {
	const { code, name } = fieldRenameSchema.parse(input);
	return managingFields({ db, context }, async (tx) => {
		const fields = createFieldsRepository({ db: tx });
		const before = await fields.find(code);
		if (!before) throw fieldNotFound(code);
		const after = present((await fields.rename(code, name))!);
		await audit(tx, context, 'field_of_work.rename', code, { before: present(before), after });
		return after;
	});
}

/**
 * Moves a field one place up or down. The whole list is numbered anew (10, 20, …), so positions
 * that were equal or far apart do not make a move look like nothing happened.
 */
export async function moveField({ db, context, input }: { db: Database; context: AuditContext; input: FieldMove }): Promise<FieldOfWork[]> {
	const { code, direction } = fieldMoveSchema.parse(input);
	return managingFields({ db, context }, async (tx) => {
		const fields = createFieldsRepository({ db: tx });
		const order = (await fields.list()).map((field) => field.code);
		const from = order.indexOf(code);
		if (from < 0) throw fieldNotFound(code);
		const to = direction === 'up' ? from - 1 : from + 1;
		if (to < 0 || to >= order.length) return (await fields.list()).map(present);
		[order[from], order[to]] = [order[to]!, order[from]!];
		for (const [index, each] of order.entries()) await fields.setPosition(each, (index + 1) * 10);
		await audit(tx, context, 'field_of_work.move', code, { before: { position: (from + 1) * 10 }, after: { position: (to + 1) * 10 } });
		return (await fields.list()).map(present);
	});
}

/** Deletes a field that no organisation names. */
export async function deleteField({ db, context, code }: { db: Database; context: AuditContext; code: string }): Promise<FieldOfWork> {
	return managingFields({ db, context }, async (tx) => {
		const fields = createFieldsRepository({ db: tx });
		if (!(await fields.find(code))) throw fieldNotFound(code);
		const used = await fields.usage(code);
		if (used > 0) throw fieldInUse(code, used);
		const removed = present((await fields.remove(code))!);
		await audit(tx, context, 'field_of_work.delete', code, { before: removed });
		return removed;
	});
}
