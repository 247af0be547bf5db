import { foldText } from '../../../reference/fold-text.ts';
import type { Database } from '../../db/client.ts';
import { similarNamesAcross } from './duplicates.matching.ts';
import { createDuplicatesRepository, type OrganisationSummary } from './duplicates.repository.ts';
import type { DuplicateReason } from './duplicates.schemas.ts';
import { similarNameThreshold } from './duplicates.usecases.ts';

/** An organisation about to be added (a form, an import's row), named by `key`. */
export type DuplicateCandidate = {
	key: string;
	name: string;
	municipalityCode?: string | null;
	city?: string | null;
	taxNumber?: string | null;
	registrationNumber?: string | null;
};

/** An organisation of the registry that a candidate may be, and why. */
export type LikelyDuplicate = OrganisationSummary & { reasons: DuplicateReason[] };

const reasonsOrder: DuplicateReason[] = ['same_tax_number', 'registration_unit', 'similar_name'];

/**
 * The organisations already in the registry that each candidate may be: the same tax number, a
 * registration number with the same 7-digit base (the organisation or one of its units), or an
 * alike name in the same municipality (the measure of the duplicates list). At most `perCandidate`
 * for each, the most certain first. Asks nothing of who is asking: the caller has authorised the
 * write it is about to make.
 */
export async function findLikelyDuplicatesOf({
	db,
	candidates,
	perCandidate = 3
}: {
	db: Database;
	candidates: DuplicateCandidate[];
	perCandidate?: number;
}): Promise<Map<string, LikelyDuplicate[]>> {
	const repository = createDuplicatesRepository({ db });
	const found = new Map<string, Map<string, { reasons: Set<DuplicateReason>; score: number }>>();
	const add = (key: string, id: string, reason: DuplicateReason, score: number) => {
		const byId = found.get(key) ?? new Map();
		const match = byId.get(id) ?? { reasons: new Set<DuplicateReason>(), score: 0 };
		match.reasons.add(reason);
		match.score = Math.max(match.score, score);
		byId.set(id, match);
		found.set(key, byId);
	};

	const baseOf = (number: string | null | undefined) => (number && /^\d{7}(\d{3})?$/.test(number) ? number.slice(0, 7) : undefined);
	const taxNumbers = [...new Set(candidates.flatMap((candidate) => (candidate.taxNumber ? [candidate.taxNumber] : [])))];
	const bases = [...new Set(candidates.flatMap((candidate) => baseOf(candidate.registrationNumber) ?? []))];
	const identified = await repository.byTaxNumberOrRegistrationBase(taxNumbers, bases);
	const byTax = Map.groupBy(
		identified.filter((row) => row.taxNumber),
		(row) => row.taxNumber!
	);
	const byBase = Map.groupBy(
		identified.filter((row) => baseOf(row.registrationNumber)),
		(row) => baseOf(row.registrationNumber)!
	);
	for (const candidate of candidates) {
		for (const row of candidate.taxNumber ? (byTax.get(candidate.taxNumber) ?? []) : []) add(candidate.key, row.id, 'same_tax_number', 1);
		const base = baseOf(candidate.registrationNumber);
		for (const row of base ? (byBase.get(base) ?? []) : []) add(candidate.key, row.id, 'registration_unit', 0.9);
	}

	const municipalityOf = (code: string | null | undefined) => (code && /^\d{1,3}$/.test(code.trim()) ? code.trim().padStart(3, '0') : undefined);
	const named = candidates.flatMap((candidate) => {
		const municipalityCode = municipalityOf(candidate.municipalityCode);
		return municipalityCode ? [{ id: candidate.key, foldedName: foldText(candidate.name), city: candidate.city ?? null, municipalityCode }] : [];
	});
	const existing = await repository.namedOrganisationsIn([...new Set(named.map((candidate) => candidate.municipalityCode))]);
	for (const pair of similarNamesAcross(named, existing, similarNameThreshold)) add(pair.leftId, pair.rightId, 'similar_name', pair.score);

	const chosen = new Map(
		[...found].map(([key, byId]) => [
			key,
			[...byId]
				.sort(([, a], [, b]) => b.score - a.score || b.reasons.size - a.reasons.size)
				.slice(0, perCandidate)
				.map(([id, match]) => ({ id, reasons: reasonsOrder.filter((reason) => match.reasons.has(reason)) }))
		])
	);
	const summaries = new Map((await repository.summaries([...new Set([...chosen.values()].flat().map((match) => match.id))])).map((row) => [row.id, row]));
	return new Map([...chosen].map(([key, matches]) => [key, matches.map((match) => ({ ...summaries.get(match.id)!, reasons: match.reasons }))]));
}
