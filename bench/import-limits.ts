// How the import's reader fares with the files of issue 9's probe: a million-row workbook, the
// whole registry's size, and a zip bomb. Prints time and peak RSS of this process per file.
// Run: node --expose-gc bench/import-limits.ts
import { readTable } from '../src/lib/server/organisations/import/read-file.ts';
import { sheetRow, workbookOf, zipBombWorkbook } from '../tests/support/xlsx-files.ts';

const rowsOf = (count: number, wide = true) => [
	sheetRow(wide ? ['registration_number', 'name', 'legal_form', 'city'] : ['name'], 1),
	...Array.from({ length: count }, (_, index) =>
		sheetRow(wide ? [String(1_000_000 + index), `Društvo številka ${index}`, 'association', 'Kranj'] : [`Društvo ${index}`], index + 2)
	)
];

async function measure(label: string, content: Buffer) {
	(globalThis as { gc?: () => void }).gc?.();
	const before = process.memoryUsage().rss;
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
	const started = performance.now();
	let outcome: string;
	try {
		outcome = `${(await readTable({ name: 'file.xlsx', content })).rows.length} rows`;
	} catch (error) {
		outcome = (error as { code?: string }).code ?? String(error);
	}
	clearInterval(sampler);
	const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
	console.log(`${label} (${mb(content.length)}): ${outcome} in ${Math.round(performance.now() - started)} ms, RSS ${mb(before)} → peak ${mb(peak)}`);
}

await measure('30,000 rows', workbookOf(rowsOf(30_000)));
await measure('1,000,000 rows of one column', workbookOf(rowsOf(1_000_000, false)));
await measure('1,000,000 rows of four columns', workbookOf(rowsOf(1_000_000)));
await measure('zip bomb, 2 GB declared', zipBombWorkbook());
await measure('zip bomb, 2 GB declared as 1 kB', zipBombWorkbook({ lie: true }));
