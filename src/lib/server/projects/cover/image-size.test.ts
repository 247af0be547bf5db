import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageSize } from './image-size.ts';

describe('image size from the header', () => {
	it('reads real PNG and JPEG files (64 × 64)', () => {
		expect(imageSize(readFileSync('tests/fixtures/logos/logo.png'))).toEqual({ width: 64, height: 64 });
		expect(imageSize(readFileSync('tests/fixtures/logos/logo.jpg'))).toEqual({ width: 64, height: 64 });
	});

	it('tells width from height: a 300 × 200 PNG header and a 640 × 480 JPEG frame after another segment', () => {
		const png = Buffer.alloc(24);
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
		png.writeUInt32BE(300, 16);
		png.writeUInt32BE(200, 20);
		expect(imageSize(png)).toEqual({ width: 300, height: 200 });
		// SOI, an APP0 segment of 4 bytes, then SOF0: length, precision, height 480, width 640
		const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03]);
		expect(imageSize(jpeg)).toEqual({ width: 640, height: 480 });
	});

	it('knows nothing of WebP, SVG or broken files', () => {
		expect(imageSize(readFileSync('tests/fixtures/logos/logo.webp'))).toBeUndefined();
		expect(imageSize(readFileSync('tests/fixtures/logos/logo.svg'))).toBeUndefined();
		expect(imageSize(Buffer.from([0xff, 0xd8, 0x00]))).toBeUndefined();
	});
});
