import { municipalities, municipalityByName } from '../../../reference/municipalities.ts';

/**
 * APPROXIMATE populations of the larger municipalities (rounded, from memory of recent SURS
 * figures), used ONLY to spread synthetic organisations over the country roughly as people live.
 * They are not reference data and must not be shown or used for anything else. Every other
 * municipality gets an equal share of the rest of the country's ≈ 2.12 million.
 */
const approximatePopulation: Record<string, number> = {
	Ljubljana: 295_000,
	Maribor: 113_000,
	Kranj: 57_000,
	Koper: 53_000,
	Celje: 49_000,
	'Novo mesto': 38_000,
	Domžale: 37_000,
	Velenje: 33_000,
	'Nova Gorica': 32_000,
	Kamnik: 30_000,
	Krško: 26_000,
	'Slovenska Bistrica': 26_000,
	Brežice: 24_000,
	Ptuj: 23_000,
	'Škofja Loka': 23_000,
	Grosuplje: 21_000,
	Jesenice: 21_000,
	Žalec: 21_000,
	Ajdovščina: 19_000,
	Radovljica: 19_000,
	Šentjur: 19_000,
	'Murska Sobota': 18_000,
	Piran: 18_000,
	Medvode: 17_000,
	Postojna: 17_000,
	Sevnica: 17_000,
	'Slovenj Gradec': 17_000,
	Vrhnika: 17_000,
	Izola: 16_000,
	Kočevje: 16_000,
	Trbovlje: 16_000,
	'Zagorje ob Savi': 16_000,
	Litija: 15_000,
	'Slovenske Konjice': 15_000,
	Tržič: 15_000,
	Logatec: 14_000,
	Sežana: 14_000,
	Črnomelj: 14_000
};

const countryPopulation = 2_120_000;

/** Each municipality's code with its weight (≈ people living there), for a weighted draw. */
export const municipalityWeights: readonly { code: string; weight: number }[] = (() => {
	const known = new Map<string, number>();
	for (const [name, population] of Object.entries(approximatePopulation)) {
		const municipality = municipalityByName(name);
		if (!municipality) throw new Error(`Unknown municipality in the synthetic weights: ${name}`);
		known.set(municipality.code, population);
	}
	const listed = [...known.values()].reduce((sum, population) => sum + population, 0);
	const share = (countryPopulation - listed) / (municipalities.length - known.size);
	return municipalities.map((municipality) => ({ code: municipality.code, weight: known.get(municipality.code) ?? share }));
})();
