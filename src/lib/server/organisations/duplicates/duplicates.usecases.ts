import { foldText } from '../../../reference/fold-text.ts';
import { recordAudit, type AuditContext } from '../../audit/audit.usecases.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize } from '../../policy/policy.ts';
import { mergeWithItself, registrationNumbersDiffer } from './duplicates.errors.ts';
import { similarNamePairs } from './duplicates.matching.ts';
import { createDuplicatesRepository } from './duplicates.repository.ts';
import { duplicatesQuerySchema, mergeInputSchema, type DuplicateReason } from './duplicates.schemas.ts';
import { organisationNotFound } from '../organisations.errors.ts';
import { organisationsPolicy } from '../organisations.policy.ts';
import { organisationInputOf, presentOrganisation } from '../organisations.presenter.ts';
import { createOrganisationsRepository } from '../organisations.repository.ts';
import { organisationInputSchema, type Organisation, type OrganisationInput } from '../organisations.schemas.ts';
import type { OrganisationRow } from '../organisations.table.ts';
import type { OrganisationReference } from '../../manifest/manifest.ts';

/**
 * How alike names must be (0–1, see `nameScore`) to be listed. Tuned by hand on a synthetic
 * registry of 30,000 with 200 near copies (recall not measured by any test); below it, names that
 * differ by a whole word ("Društvo Sonce" and "Kulturno društvo Sonce") flood the list.
 */
export const similarNameThreshold = 0.85;

/**
 * `duplicate`: probably one organisation entered twice. `related`: registration numbers with the
 * same 7-digit base are an organisation and its unit (or two units) — two legal records that
 * belong together, listed so that people see them, but not merged without `force`.
 */
export type DuplicateKind = 'duplicate' | 'related';

export type DuplicatePair = { kind: DuplicateKind; reasons: DuplicateReason[]; score: number; left: Organisation; right: Organisation };

type Candidate = { leftId: string; rightId: string; reasons: Set<DuplicateReason>; score: number };

/** Likely duplicates, the most certain first (same tax number, then by name score), then related pairs. */
export async function findDuplicates({
	db,
	actor,
	query
}: {
	db: Database;
	actor: Actor;
	query: unknown;
}): Promise<{ items: DuplicatePair[]; total: number; page: number; pageSize: number }> {
	authorize(organisationsPolicy, actor, 'merge');
	const { page, pageSize } = duplicatesQuerySchema.parse(query ?? {});
	const repository = createDuplicatesRepository({ db });
	const candidates = new Map<string, Candidate>();
	const add = (leftId: string, rightId: string, reason: DuplicateReason, score: number) => {
		const key = `${leftId} ${rightId}`;
		const candidate = candidates.get(key) ?? { leftId, rightId, reasons: new Set(), score: 0 };
		candidate.reasons.add(reason);
		candidate.score = Math.max(candidate.score, score);
		candidates.set(key, candidate);
	};
	for (const pair of await repository.sameTaxNumberPairs()) add(pair.leftId, pair.rightId, 'same_tax_number', 1);
	for (const pair of await repository.registrationUnitPairs()) add(pair.leftId, pair.rightId, 'registration_unit', 0);
	for (const pair of similarNamePairs(await repository.namedOrganisations(), similarNameThreshold)) {
		add(pair.leftId, pair.rightId, 'similar_name', pair.score);
	}
	const kindOf = (candidate: Candidate): DuplicateKind => (candidate.reasons.has('registration_unit') ? 'related' : 'duplicate');
	const sorted = [...candidates.values()].sort(
		(a, b) =>
			Number(kindOf(a) === 'related') - Number(kindOf(b) === 'related') ||
			b.score - a.score ||
			b.reasons.size - a.reasons.size ||
			(a.leftId + a.rightId < b.leftId + b.rightId ? -1 : 1)
	);
	const slice = sorted.slice((page - 1) * pageSize, page * pageSize);
	const organisationsRepository = createOrganisationsRepository({ db });
	const ids = [...new Set(slice.flatMap((candidate) => [candidate.leftId, candidate.rightId]))];
	const rows = new Map((await Promise.all(ids.map((id) => organisationsRepository.findById(id)))).flatMap((row) => (row ? [[row.id, row] as const] : [])));
	const withLogo = await organisationsRepository.withLogo(ids);
	const present = (id: string) => presentOrganisation(rows.get(id)!, withLogo.has(id));
	return {
		items: slice.map((candidate) => ({
			kind: kindOf(candidate),
			reasons: duplicateReasonsOrder.filter((reason) => candidate.reasons.has(reason)),
			score: Math.round(candidate.score * 100) / 100,
			left: present(candidate.leftId),
			right: present(candidate.rightId)
		})),
		total: sorted.length,
		page,
		pageSize
	};
}

const duplicateReasonsOrder: DuplicateReason[] = ['same_tax_number', 'registration_unit', 'similar_name'];

export type MergeResult = {
	organisation: Organisation;
	/** What moved, by reference (`memberships`, `affiliations`, `logo`, …): a count, or whether it moved. */
	moved: Record<string, number | boolean>;
};

/**
 * Merges `mergeId` into `keepId`: every link of the merged organisation (what each module claims in
 * its manifest: memberships, people's affiliations, member editors, invitations, logo) moves to the kept one, which also takes its
 * names as aliases and fills its own empty fields from it; old links to the merged organisation
 * redirect. One transaction, audited with both organisations before and the result after.
 */
export async function mergeOrganisations({
	db,
	context,
	keepId,
	mergeId,
	force = false,
	references
}: {
	db: Database;
	context: AuditContext;
	keepId: string;
	mergeId: string;
	force?: boolean;
	/** Every module's columns that hold an organisation's id (`organisationReferencesOf(modules)`). */
	references: readonly OrganisationReference[];
}): Promise<MergeResult> {
	authorize(organisationsPolicy, context.actor, 'merge');
	const input = mergeInputSchema.parse({ keepId, mergeId, force });
	if (input.keepId === input.mergeId) throw mergeWithItself(input.keepId);
	return db.transaction(async (tx) => {
		const organisationsRepository = createOrganisationsRepository({ db: tx });
		const repository = createDuplicatesRepository({ db: tx });
		const keep = await organisationsRepository.findById(input.keepId);
		if (!keep) throw organisationNotFound(input.keepId);
		const merged = await organisationsRepository.findById(input.mergeId);
		if (!merged) throw organisationNotFound(input.mergeId);
		if (keep.registrationNumber && merged.registrationNumber && keep.registrationNumber !== merged.registrationNumber && !input.force) {
			throw registrationNumbersDiffer(keep.registrationNumber, merged.registrationNumber);
		}
		const logos = await organisationsRepository.withLogo([keep.id, merged.id]);
		const before = { keep: presentOrganisation(keep, logos.has(keep.id)), merged: presentOrganisation(merged, logos.has(merged.id)) };
		const moved: Record<string, number | boolean> = {};
		for (const reference of references) moved[reference.name] = await reference.moveOnMerge(tx, merged.id, keep.id);
		await repository.redirect(merged.id, keep.id);
		// the merged row goes first: its registration number may pass to the kept one
		await repository.delete(merged.id);
		const combined = organisationInputSchema.parse(combinedOrganisation(keep, merged));
		const organisation = presentOrganisation(await organisationsRepository.update(keep.id, combined), logos.has(keep.id) || moved.logo === true);
		await recordAudit({
			db: tx,
			context,
			change: { action: 'organisation.merge', entityType: 'organisation', entityId: keep.id, before, after: { organisation, mergedId: merged.id, moved } }
		});
		return { organisation, moved };
	});
}

/** The schema's limit on aliases. */
const maxAliases = 20;

/** The kept organisation's data, its empty fields filled from the merged one, names and fields united. */
export function combinedOrganisation(keepRow: OrganisationRow, mergedRow: OrganisationRow): OrganisationInput {
	const keep = organisationInputOf(keepRow);
	const merged = organisationInputOf(mergedRow);
	const filled: OrganisationInput = { ...merged, ...keep };
	// names the kept organisation does not already answer to become aliases
	const known = new Set([keep.name, keep.shortName, ...keep.aliases].filter(Boolean).map((name) => foldText(name!)));
	const aliases = [...keep.aliases];
	for (const name of [merged.name, merged.shortName, ...merged.aliases]) {
		if (name && !known.has(foldText(name))) {
			known.add(foldText(name));
			aliases.push(name);
		}
	}
	const decisions = new Map(merged.publicInterest.map((decision) => [decision.field, decision]));
	for (const decision of keep.publicInterest) {
		// the kept decision wins, but a date known only from the merged one is not lost
		decisions.set(decision.field, { field: decision.field, decidedOn: decision.decidedOn ?? decisions.get(decision.field)?.decidedOn ?? null });
	}
	return {
		...filled,
		aliases: aliases.slice(0, maxAliases),
		fields: [...new Set([...keep.fields, ...merged.fields])],
		publicInterest: [
			...keep.publicInterest.map((decision) => decisions.get(decision.field)!),
			...merged.publicInterest.filter((decision) => !keep.publicInterest.some((own) => own.field === decision.field))
		],
		donationEligible: keep.donationEligible || merged.donationEligible
	};
}
