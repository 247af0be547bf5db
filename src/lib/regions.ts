/**
 * The 12 statistical regions of Slovenia (NUTS-3). Source: GURS, Register prostorskih enot,
 * CC BY 4.0. The full registry of regions and municipalities arrives with the NGO registry.
 */
export const regions = [
	{ code: 'SI031', sl: 'Pomurska', en: 'Mura' },
	{ code: 'SI032', sl: 'Podravska', en: 'Drava' },
	{ code: 'SI033', sl: 'Koroška', en: 'Carinthia' },
	{ code: 'SI034', sl: 'Savinjska', en: 'Savinja' },
	{ code: 'SI035', sl: 'Zasavska', en: 'Central Sava' },
	{ code: 'SI036', sl: 'Posavska', en: 'Lower Sava' },
	{ code: 'SI037', sl: 'Jugovzhodna Slovenija', en: 'Southeast Slovenia' },
	{ code: 'SI038', sl: 'Primorsko-notranjska', en: 'Littoral–Inner Carniola' },
	{ code: 'SI041', sl: 'Osrednjeslovenska', en: 'Central Slovenia' },
	{ code: 'SI042', sl: 'Gorenjska', en: 'Upper Carniola' },
	{ code: 'SI043', sl: 'Goriška', en: 'Gorizia' },
	{ code: 'SI044', sl: 'Obalno-kraška', en: 'Coastal–Karst' }
] as const;

export type RegionCode = (typeof regions)[number]['code'];
export const regionCodes = regions.map((region) => region.code) as [RegionCode, ...RegionCode[]];

export function regionByCode(code: string) {
	return regions.find((region) => region.code === code);
}
