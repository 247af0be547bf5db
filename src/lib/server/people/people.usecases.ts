import { z } from 'zod';
import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import { assertUnchangedSince, type ExpectedVersion } from '../audit/edit-conflict.ts';
import type { Database } from '../db/client.ts';
import { organisationNotFound } from '../organisations/organisations.errors.ts';
import { heldSpaceIds, type Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { authorizeEach, reachableOrganisations } from './people.access.ts';
import { affiliationEndsBeforeStart, affiliationNotFound, personErased, personNotFound } from './people.errors.ts';
import { peoplePolicy } from './people.policy.ts';
import { presentPerson, presentPersonSummary } from './people.presenter.ts';
import { createPeopleRepository } from './people.repository.ts';
import {
	affiliationInputSchema,
	consentInputSchema,
	endAffiliationSchema,
	peopleQuerySchema,
	personChangesSchema,
	personInputSchema,
	type PeoplePage,
	type Person
} from './people.schemas.ts';
import type { PersonRow } from './people.table.ts';

type PeopleAction = 'read' | 'update' | 'exportPersonalData' | 'erase';

/**
 * The person, if `actor` may do `action` on them: the resource is the organisations of their
 * current affiliations and, for GDPR export and erasure, the spaces they are connected to. An unknown id is refused first to those who could not see anyone anyway.
 */
export async function personFor(db: Database, actor: Actor, id: string, action: PeopleAction): Promise<PersonRow> {
	const repository = createPeopleRepository({ db });
	const row = z.uuid().safeParse(id).success ? await repository.findById(id) : undefined;
	if (!row) {
		// as the route's fence: refused if the actor could not do this to anyone in their spaces
		authorize(peoplePolicy, actor, action, { spaceIds: heldSpaceIds(actor) });
		throw personNotFound(id);
	}
	const current = await repository.affiliationsOf([row.id], { currentOnly: true });
	const organisationIds = current.map((affiliation) => affiliation.organisationId);
	const gdpr = action === 'exportPersonalData' || action === 'erase';
	authorize(peoplePolicy, actor, action, { organisationIds, spaceIds: gdpr ? await repository.connectedSpaceIds(row.id) : [] });
	return row;
}

/** Like `personFor` for a change: an erased person's record stays as the erasure left it. */
async function changeablePerson(db: Database, actor: Actor, id: string): Promise<PersonRow> {
	const row = await personFor(db, actor, id, 'update');
	if (row.erasedAt) throw personErased(row.id);
	return row;
}

async function assertOrganisationsExist(db: Database, ids: string[]) {
	const existing = await createPeopleRepository({ db }).organisationNames(ids);
	const missing = ids.find((id) => !existing.has(id));
	if (missing) throw organisationNotFound(missing);
}

/** The whole person as the API and the pages show it. */
async function detailOf(db: Database, row: PersonRow): Promise<Person> {
	const repository = createPeopleRepository({ db });
	return presentPerson(row, await repository.affiliationsOf([row.id]), await repository.consentsOf(row.id));
}

export async function getPerson({ db, actor, id }: { db: Database; actor: Actor; id: string }): Promise<Person> {
	return detailOf(db, await personFor(db, actor, id, 'read'));
}

/** People by name, all of them for those who keep the registry, their own organisation's for member editors. */
export async function listPeople({
	db,
	actor,
	query,
	order = 'asc'
}: {
	db: Database;
	actor: Actor;
	query: unknown;
	/** By name, A to Z or Z to A. */
	order?: 'asc' | 'desc';
}): Promise<PeoplePage> {
	const { organisation, q, page, pageSize } = peopleQuerySchema.parse(query);
	const reachable = reachableOrganisations(actor, 'read');
	if (organisation) authorize(peoplePolicy, actor, 'read', { organisationIds: [organisation] });
	const organisationIds = organisation ? [organisation] : reachable === 'all' ? undefined : reachable;
	const repository = createPeopleRepository({ db });
	const { items, total } = await repository.list({ organisationIds, q }, { limit: pageSize, offset: (page - 1) * pageSize }, order);
	const affiliations = await repository.affiliationsOf(
		items.map((item) => item.id),
		{ currentOnly: true }
	);
	return {
		items: items.map((item) =>
			presentPersonSummary(
				item,
				affiliations.filter((affiliation) => affiliation.personId === item.id)
			)
		),
		total,
		page,
		pageSize
	};
}

/**
 * A new person with their affiliations and the consents they gave. The audit entry names the
 * organisations and consents, not the person's name or contacts: those are in the record itself.
 */
export async function createPerson({ db, context, input }: { db: Database; context: AuditContext; input: unknown }): Promise<Person> {
	const person = personInputSchema.parse(input);
	const organisationIds = [...new Set(person.affiliations.map((affiliation) => affiliation.organisationId))];
	authorizeEach(context.actor, 'create', organisationIds);
	return db.transaction(async (tx) => {
		await assertOrganisationsExist(tx, organisationIds);
		const repository = createPeopleRepository({ db: tx });
		const row = await repository.insert(person);
		for (const affiliation of person.affiliations) await repository.insertAffiliation(row.id, affiliation);
		for (const consent of person.consents) await repository.insertConsent(row.id, consent, context.source);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'person.create',
				entityType: 'person',
				entityId: row.id,
				after: { affiliations: person.affiliations, consents: person.consents }
			}
		});
		return detailOf(tx, row);
	});
}

/** Changes name, e-mail or phone; the audit entry holds only the fields that changed. */
export async function updatePerson({
	db,
	context,
	id,
	changes,
	expectedUpdatedAt
}: { db: Database; context: AuditContext; id: string; changes: unknown } & ExpectedVersion): Promise<Person> {
	const sent = personChangesSchema.parse(changes);
	return db.transaction(async (tx) => {
		const row = await changeablePerson(tx, context.actor, id);
		await assertUnchangedSince(tx, { entityType: 'person', entityId: row.id, updatedAt: row.updatedAt }, { expectedUpdatedAt });
		const before: Record<string, string | null> = {};
		const after: Record<string, string | null> = {};
		for (const key of ['name', 'email', 'phone'] as const) {
			const value = sent[key];
			if (value === undefined || value === row[key]) continue;
			before[key] = row[key];
			after[key] = value;
		}
		if (Object.keys(after).length === 0) return detailOf(tx, row);
		const updated = await createPeopleRepository({ db: tx }).update(row.id, after);
		await recordAudit({ db: tx, context, change: { action: 'person.update', entityType: 'person', entityId: row.id, before, after } });
		return detailOf(tx, updated);
	});
}

/** A change to one person, as the affiliation and consent use cases receive it (validated there). */
type PersonChange = { db: Database; context: AuditContext; personId: string; input: unknown };

/**
 * A change to a person: in one transaction, on a person the actor may change (not erased), with
 * an audit entry of what `work` says it did; answers the person as they are afterwards.
 */
function changingPerson(
	{ db, context, personId }: Omit<PersonChange, 'input'>,
	work: (tx: Database, row: PersonRow) => Promise<{ action: string; before?: unknown; after: unknown }>
): Promise<Person> {
	return db.transaction(async (tx) => {
		const row = await changeablePerson(tx, context.actor, personId);
		const { action, before, after } = await work(tx, row);
		await recordAudit({ db: tx, context, change: { action, entityType: 'person', entityId: row.id, before, after } });
		return detailOf(tx, row);
	});
}

export async function addAffiliation({ input, ...change }: PersonChange): Promise<Person> {
	const affiliation = affiliationInputSchema.parse(input);
	return changingPerson(change, async (tx, row) => {
		authorizeEach(change.context.actor, 'update', [affiliation.organisationId]);
		await assertOrganisationsExist(tx, [affiliation.organisationId]);
		const { id } = await createPeopleRepository({ db: tx }).insertAffiliation(row.id, affiliation);
		return { action: 'person.affiliation_add', after: { affiliationId: id, ...affiliation } };
	});
}

/** Ends an affiliation on a day: the history stays, the person no longer counts as current there. */
export async function endAffiliation({ input, ...change }: PersonChange): Promise<Person> {
	const { affiliationId, until } = endAffiliationSchema.parse(input);
	return changingPerson(change, async (tx, row) => {
		const repository = createPeopleRepository({ db: tx });
		const affiliation = (await repository.affiliationsOf([row.id])).find((candidate) => candidate.id === affiliationId);
		if (!affiliation) throw affiliationNotFound(affiliationId);
		authorizeEach(change.context.actor, 'update', [affiliation.organisationId]);
		if (affiliation.since && until < affiliation.since) throw affiliationEndsBeforeStart(affiliation.since);
		await repository.setAffiliationEnd(affiliation.id, until);
		return { action: 'person.affiliation_end', before: { affiliationId, until: affiliation.until }, after: { affiliationId, until } };
	});
}

/** Every change is a new row with its time; the latest per purpose is the one in force. */
export async function recordConsent({ input, ...change }: PersonChange): Promise<Person> {
	const consent = consentInputSchema.parse(input);
	return changingPerson(change, async (tx, row) => {
		await createPeopleRepository({ db: tx }).insertConsent(row.id, consent, change.context.source);
		return { action: 'person.consent', after: consent };
	});
}

/**
 * The organisations a form lets `actor` link people to: `null` for any (they type one), or their
 * own organisations (member editors), to choose from.
 */
export async function organisationChoices({ db, actor, action }: { db: Database; actor: Actor; action: 'read' | 'create' }) {
	const reachable = reachableOrganisations(actor, action);
	if (reachable === 'all') return null;
	const names = await createPeopleRepository({ db }).organisationNames(reachable);
	return [...names].map(([id, name]) => ({ id, name }));
}
