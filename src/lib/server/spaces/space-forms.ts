/** A form's text field, trimmed; an empty one is left out (an optional field not filled in). */
export function filledIn(data: FormData, name: string): string | undefined {
	const value = String(data.get(name) ?? '').trim();
	return value === '' ? undefined : value;
}

/** The name and address fields of the new-space and settings forms, as the use cases take them. */
export function nameAndSlugOf(data: FormData) {
	const en = filledIn(data, 'name.en');
	return { slug: String(data.get('slug') ?? '').trim(), name: { sl: String(data.get('name.sl') ?? ''), ...(en ? { en } : {}) } };
}

/** The new-space form as `launchSpace` takes it: the first admin only when an address was given. */
export function newSpaceOf(data: FormData) {
	const regionCode = filledIn(data, 'regionCode');
	const email = filledIn(data, 'firstAdmin.email');
	return {
		...nameAndSlugOf(data),
		kind: String(data.get('kind') ?? ''),
		...(regionCode ? { regionCode } : {}),
		...(email ? { firstAdmin: { email, locale: String(data.get('firstAdmin.locale') ?? 'sl') } } : {})
	};
}
