/**
 * The width and height in pixels of a PNG or JPEG, from its header, so a document can lay the
 * image out at its proportions; undefined for anything else (a DOCX cannot hold WebP anyway).
 */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// PNG: the IHDR chunk comes first, width and height at bytes 16 and 20
	if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50) return { width: view.getUint32(16), height: view.getUint32(20) };
	if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
	// JPEG: walk the segments to the frame header (SOF0–SOF15 but DHT, JPG and DAC), which holds height then width
	let offset = 2;
	while (offset + 9 < bytes.length) {
		if (bytes[offset] !== 0xff) return undefined;
		const marker = bytes[offset + 1]!;
		if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
			return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
		}
		offset += 2 + view.getUint16(offset + 2);
	}
	return undefined;
}
