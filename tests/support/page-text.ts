/** The visible text of an HTML page's <main>, roughly as a reader sees it, for fact checks. */
export function mainText(html: string): string {
	const main = html.match(/<main[^>]*>([\s\S]*)<\/main>/)?.[1] ?? html;
	return normalizeText(
		main
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
			.replace(/<\/(p|li|dt|dd|h[1-6]|div|section)>/g, '\n')
			.replace(/<[^>]+>/g, '')
			.replace(/&nbsp;/g, ' ')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&')
	);
}

/** Same dashes, quotes and spaces everywhere, so a fact matches however it was typeset. */
export function normalizeText(text: string): string {
	return text
		.replace(/[\u2012-\u2015\u2212]/g, '-')
		.replace(/[\u00a0\u202f]/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/ ([,.;:])/g, '$1')
		.trim();
}
