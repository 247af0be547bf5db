/**
 * The 12 statistical regions of Slovenia (NUTS-3). Source: GURS, Register prostorskih enot,
 * CC BY 4.0. The names are official and used in English too, as the Statistical Office does.
 * The full registry of regions and municipalities arrives with the NGO registry.
 */
export const regions = [
	{ code: 'SI031', name: 'Pomurska' },
	{ code: 'SI032', name: 'Podravska' },
	{ code: 'SI033', name: 'Koroška' },
	{ code: 'SI034', name: 'Savinjska' },
	{ code: 'SI035', name: 'Zasavska' },
	{ code: 'SI036', name: 'Posavska' },
	{ code: 'SI037', name: 'Jugovzhodna Slovenija' },
	{ code: 'SI038', name: 'Primorsko-notranjska' },
	{ code: 'SI041', name: 'Osrednjeslovenska' },
	{ code: 'SI042', name: 'Gorenjska' },
	{ code: 'SI043', name: 'Goriška' },
	{ code: 'SI044', name: 'Obalno-kraška' }
] as const;

export type RegionCode = (typeof regions)[number]['code'];
export const regionCodes = regions.map((region) => region.code) as [RegionCode, ...RegionCode[]];

export function regionByCode(code: string) {
	return regions.find((region) => region.code === code);
}
