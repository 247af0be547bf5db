/** A pair of fields (`alt.sl`, `alt.en`) as text in two languages; an empty field is no text, both empty none at all. */
function pairOf(data: FormData, name: string) {
	const field = (locale: string) => {
		const value = data.get(`${name}.${locale}`);
		return typeof value === 'string' && value.trim() !== '' ? value : undefined;
	};
	const sl = field('sl');
	const en = field('en');
	return sl === undefined && en === undefined ? undefined : { sl: sl ?? '', ...(en === undefined ? {} : { en }) };
}

/** The words of the cover form, as `setProjectCover` reads them. */
export function coverTextOfForm(data: FormData) {
	return { alt: pairOf(data, 'alt') ?? { sl: '' }, credit: pairOf(data, 'credit') };
}
