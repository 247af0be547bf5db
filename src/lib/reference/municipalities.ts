import { regionByCode, type RegionCode } from './regions.ts';
import { foldText } from './fold-text.ts';
import { municipalities } from './municipalities-data.ts';

export { municipalities };
export type Municipality = (typeof municipalities)[number];

export const municipalityCodes = municipalities.map((municipality) => municipality.code);

const byCode = new Map(municipalities.map((municipality) => [municipality.code, municipality]));

const byFoldedName = new Map<string, Municipality>(
	municipalities.flatMap((municipality) => [municipality.name, ...(municipality.aliases ?? [])].map((name) => [foldText(name), municipality] as const))
);

export function municipalityByCode(code: string): Municipality | undefined {
	return byCode.get(code.padStart(3, '0'));
}

/** Finds a municipality by its name or an alias, ignoring case, diacritics and hyphen spacing. */
export function municipalityByName(name: string): Municipality | undefined {
	return byFoldedName.get(foldText(name));
}

export function regionOfMunicipality(code: string): RegionCode | undefined {
	const regionCode = municipalityByCode(code)?.regionCode;
	return regionCode && regionByCode(regionCode) ? regionCode : undefined;
}
