/**
 * Slovenian business identifiers. The registration number (matična številka) has 7 digits, or 10
 * when it names a unit of an organisation; the tax number (davčna številka) has 8 digits, the last
 * a mod-11 check digit over the first seven weighted 8…2.
 */
export function isRegistrationNumber(value: string): boolean {
	return /^(\d{7}|\d{10})$/.test(value);
}

export function taxNumberCheckDigit(firstSeven: string): number | undefined {
	const sum = [...firstSeven].reduce((total, digit, index) => total + Number(digit) * (8 - index), 0);
	const check = 11 - (sum % 11);
	if (check === 11) return undefined; // no number is issued with this remainder
	return check === 10 ? 0 : check;
}

export function isTaxNumber(value: string): boolean {
	if (!/^[1-9]\d{7}$/.test(value)) return false;
	return taxNumberCheckDigit(value.slice(0, 7)) === Number(value[7]);
}
