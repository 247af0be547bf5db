import { eq } from 'drizzle-orm';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { presentAuditEntry } from '../audit/audit.presenter.ts';
import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import type { PersonReference } from '../manifest/manifest.ts';
import type { Actor } from '../policy/actor.ts';
import { can } from '../policy/policy.ts';
import { personErased } from './people.errors.ts';
import { peoplePolicy } from './people.policy.ts';
import { presentPerson } from './people.presenter.ts';
import { createPeopleRepository, erasedName } from './people.repository.ts';
import type { Person, PersonalDataExport } from './people.schemas.ts';
import { personFor } from './people.usecases.ts';

/** A GDPR request about the person `id`, with every module's columns that hold a person's id (`personReferencesOf(modules)`). */
type PersonalDataRequest = { db: Database; context: AuditContext; id: string; references: readonly PersonReference[] };

/** Whether `actor` may export or erase this person (shown as the page's buttons). */
export async function personalDataRights({ db, actor, id }: { db: Database; actor: Actor; id: string }) {
	const repository = createPeopleRepository({ db });
	const current = await repository.affiliationsOf([id], { currentOnly: true });
	const resource = { organisationIds: current.map((affiliation) => affiliation.organisationId), spaceIds: await repository.connectedSpaceIds(id) };
	return { canExport: can(peoplePolicy, actor, 'exportPersonalData', resource), canErase: can(peoplePolicy, actor, 'erase', resource) };
}

/**
 * Everything the platform holds about a person (GDPR art. 15 and 20): the record, affiliations
 * with organisation names, every consent and every audit entry about them. The export itself is
 * audited, so it is known who took a copy.
 */
export async function exportPersonalData({ db, context, id, references }: PersonalDataRequest): Promise<PersonalDataExport> {
	return db.transaction(async (tx) => {
		const row = await personFor(tx, context.actor, id, 'exportPersonalData');
		const held: Record<string, unknown[]> = {};
		for (const reference of references) held[reference.exportedAs] = await reference.exportRows(tx, row.id);
		const audit = await createAuditRepository({ db: tx }).entriesAbout('person', row.id);
		await recordAudit({ db: tx, context, change: { action: 'person.export', entityType: 'person', entityId: row.id } });
		return {
			exportedAt: new Date().toISOString(),
			person: {
				id: row.id,
				name: row.name,
				email: row.email,
				phone: row.phone,
				erasedAt: row.erasedAt?.toISOString() ?? null,
				createdAt: row.createdAt.toISOString(),
				updatedAt: row.updatedAt.toISOString()
			},
			...held,
			audit: audit.map(presentAuditEntry)
		} as PersonalDataExport;
	});
}

/**
 * Erases a person on request (GDPR art. 17), for good: name and contacts blanked, consents
 * deleted, the audit log's record of their data replaced. Affiliations stay, so every count by
 * organisation is the same before and after.
 */
export async function erasePerson({ db, context, id, references }: PersonalDataRequest): Promise<Person> {
	return db.transaction(async (tx) => {
		const row = await personFor(tx, context.actor, id, 'erase');
		if (row.erasedAt) throw personErased(row.id);
		const repository = createPeopleRepository({ db: tx });
		const erased = await repository.update(row.id, { name: erasedName, email: null, phone: null, erasedAt: new Date() });
		for (const reference of references) await eraseRows(tx, reference, row.id);
		await createAuditRepository({ db: tx }).scrubEntity('person', row.id);
		await recordAudit({ db: tx, context, change: { action: 'person.erase', entityType: 'person', entityId: row.id, after: { erased: true } } });
		return presentPerson(erased, await repository.affiliationsOf([row.id]), []);
	});
}

async function eraseRows(db: Database, reference: PersonReference, personId: string) {
	if (reference.onErase === 'keep') return;
	if (reference.onErase === 'delete') {
		await db.delete(reference.column.table).where(eq(reference.column, personId));
		return;
	}
	await reference.onErase(db, personId);
}
