import type { Locator, Page } from 'playwright-core';

/**
 * Where the focused element is drawn: whether it lies inside the viewport, and whether its centre
 * is covered by something else (a sticky bar drawn over it), as a sighted keyboard user would see it.
 */
export async function focusedPlacement(page: Page): Promise<{ tag: string; name: string; inViewport: boolean; covered: boolean }> {
	return page.evaluate(() => {
		const focused = document.activeElement as HTMLElement | null;
		if (!focused || focused === document.body) return { tag: 'body', name: '', inViewport: true, covered: false };
		// a visually hidden native control (a file input, a custom checkbox) shows its focus on its label
		const shown = focused.getBoundingClientRect().width > 2 ? focused : (focused.closest('label') ?? focused.parentElement ?? focused);
		const box = shown.getBoundingClientRect();
		const inViewport = box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
		const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
		const y = Math.min(Math.max(box.top + Math.min(box.height, 40) / 2, 0), window.innerHeight - 1);
		const top = document.elementFromPoint(x, y);
		const covered =
			inViewport && top !== null && !shown.contains(top) && !top.contains(shown) && !((focused as HTMLInputElement).labels?.[0]?.contains(top) ?? false);
		const name = focused.getAttribute('aria-label') ?? focused.getAttribute('name') ?? focused.textContent?.trim().slice(0, 40) ?? '';
		return { tag: focused.tagName.toLowerCase(), name, inViewport, covered };
	});
}

/**
 * Presses Tab until `target` has the focus, as someone with the keyboard alone would, checking at
 * every stop that the focused element can be seen (WCAG 2.2 SC 2.4.11). Returns the number of presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 400): Promise<number> {
	const element = await target.elementHandle();
	if (!element) throw new Error('the element to tab to is not on the page');
	for (let presses = 1; presses <= limit; presses++) {
		await page.keyboard.press('Tab');
		const placement = await focusedPlacement(page);
		if (!placement.inViewport || placement.covered) {
			throw new Error(
				`after ${presses} Tab presses the focused ${placement.tag} "${placement.name}" is ${placement.covered ? 'covered' : 'outside the screen'}`
			);
		}
		if (await element.evaluate((node) => node === document.activeElement)) return presses;
	}
	throw new Error(`the element was not reached in ${limit} Tab presses`);
}

/** Tabs to a text field, selects what it holds and types over it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
	await tabTo(page, field);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(text);
}

/** Tabs to a button or link, presses Enter and waits for the page it leads to (JavaScript being off, every step loads one). */
export async function activate(page: Page, control: Locator): Promise<void> {
	await tabTo(page, control);
	const loaded = page.waitForNavigation({ waitUntil: 'load' });
	await page.keyboard.press('Enter');
	await loaded;
}
