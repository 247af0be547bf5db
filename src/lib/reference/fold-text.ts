/** Letters that Unicode does not decompose into a base letter and a mark. */
const unsplittable: Record<string, string> = { đ: 'd', ð: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/**
 * Text as search and matching compare it: lower case, no diacritics, words separated by single
 * spaces (`Društvo Stičišče-Ž` → `drustvo sticisce z`). Used for the stored search text and for
 * queries alike, so both sides fold the same way.
 */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[đðłøßæœı]/g, (letter) => unsplittable[letter] ?? letter)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
