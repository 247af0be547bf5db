import { fromBufferPromise, type Entry } from 'yauzl';

/** Every file of a ZIP (a DOCX, an XLSX) by its path, read with yauzl like the app reads uploads. */
export async function zipEntries(content: Uint8Array): Promise<Map<string, Buffer>> {
	const zip = await fromBufferPromise(Buffer.from(content), { lazyEntries: true, autoClose: false });
	const entries: Entry[] = [];
	await new Promise<void>((resolve, reject) => {
		zip.on('entry', (entry: Entry) => {
			entries.push(entry);
			zip.readEntry();
		});
		zip.on('end', resolve);
		zip.on('error', reject);
		zip.readEntry();
	});
	const files = new Map<string, Buffer>();
	for (const entry of entries) {
		const chunks: Buffer[] = [];
		for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
		files.set(entry.fileName, Buffer.concat(chunks));
	}
	zip.close();
	return files;
}
