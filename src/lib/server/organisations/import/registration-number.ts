/**
 * Registration numbers (matična številka) as registers write them. PRS numbers every unit of an
 * organisation with ten digits: the organisation's seven and three for the unit, `000` for the
 * main unit (the organisation itself), others for its branches (poslovne enote).
 */
export type RegistrationNumberReading =
	/** No number, or one to keep as it is (7 digits, or anything the validation will judge). */
	| { kind: 'plain'; number: string | undefined }
	/** `1234567000`: the organisation `1234567`. */
	| { kind: 'main_unit'; number: string }
	/** `1234567001`: a branch of the organisation `1234567`. */
	| { kind: 'branch'; number: string; organisation: string };

export function readRegistrationNumber(text: string | undefined): RegistrationNumberReading {
	const number = text?.replace(/\s+/g, '') || undefined;
	if (!number || !/^\d{10}$/.test(number)) return { kind: 'plain', number };
	const organisation = number.slice(0, 7);
	return number.endsWith('000') ? { kind: 'main_unit', number: organisation } : { kind: 'branch', number, organisation };
}
