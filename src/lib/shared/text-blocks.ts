export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const bullet = /^\s*(?:[–•*-])\s+/;

/**
 * Plain text as people write it in a profile: blank lines separate paragraphs and lines that
 * start with a dash or bullet form a list. No markup is interpreted, so nothing needs sanitising.
 */
export function toTextBlocks(text: string): TextBlock[] {
	const blocks: TextBlock[] = [];
	for (const line of text.split(/\r?\n/)) {
		const last = blocks.at(-1);
		if (line.trim() === '') {
			blocks.push({ kind: 'paragraph', text: '' });
		} else if (bullet.test(line)) {
			const item = line.replace(bullet, '').trim();
			if (last?.kind === 'list') last.items.push(item);
			else blocks.push({ kind: 'list', items: [item] });
		} else if (last?.kind === 'paragraph' && last.text !== '') {
			last.text += ` ${line.trim()}`;
		} else {
			blocks.push({ kind: 'paragraph', text: line.trim() });
		}
	}
	return blocks.filter((block) => block.kind === 'list' || block.text !== '');
}
