import type { Database } from '../db/client.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { fieldsPolicy } from './fields.policy.ts';
import { createFieldsRepository } from './fields.repository.ts';
import type { FieldOfWork } from './fields.schemas.ts';

/** The platform's fields of work, in their order. */
export async function listFields({ db, actor }: { db: Database; actor: Actor }): Promise<FieldOfWork[]> {
	authorize(fieldsPolicy, actor, 'read');
	const rows = await createFieldsRepository({ db }).list();
	return rows.map((row) => ({ code: row.code, name: row.name, position: row.position }));
}
