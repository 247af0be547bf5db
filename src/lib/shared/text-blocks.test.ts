import { describe, expect, it } from 'vitest';
import { toTextBlocks } from './text-blocks.ts';

describe('plain text to blocks', () => {
	it('joins wrapped lines into one paragraph and splits at blank lines', () => {
		expect(toTextBlocks('First line\ncontinues.\n\nSecond paragraph.')).toEqual([
			{ kind: 'paragraph', text: 'First line continues.' },
			{ kind: 'paragraph', text: 'Second paragraph.' }
		]);
	});

	it('turns dashed and bulleted lines into one list', () => {
		expect(toTextBlocks('usposabljanje, usmerjeno v:\n– krepitev\n– večjo usposobljenost\n• tretje')).toEqual([
			{ kind: 'paragraph', text: 'usposabljanje, usmerjeno v:' },
			{ kind: 'list', items: ['krepitev', 'večjo usposobljenost', 'tretje'] }
		]);
	});

	it('keeps markup as text, never as HTML', () => {
		expect(toTextBlocks('<script>alert(1)</script>')).toEqual([{ kind: 'paragraph', text: '<script>alert(1)</script>' }]);
	});
});
