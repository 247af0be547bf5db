import { describe, expect, it } from 'vitest';
import { firstSteps, stepsLeft } from './first-steps.ts';

describe('the first steps of a space', () => {
	it('ticks each step from its fact, and leaves the first event pending without a page', () => {
		const fresh = firstSteps({ hasMission: false, teamSize: 1, memberCount: 0 });
		expect(fresh.map((step) => [step.key, step.done, step.page])).toEqual([
			['profile', false, 'profile'],
			['team', false, 'team'],
			['members', false, 'members'],
			['event', false, undefined]
		]);
		expect(stepsLeft(fresh)).toBe(true);

		const started = firstSteps({ hasMission: true, teamSize: 2, memberCount: 0 });
		expect(started.filter((step) => step.done).map((step) => step.key)).toEqual(['profile', 'team']);
		expect(stepsLeft(started)).toBe(true);
	});

	it('is no longer shown once everything that can be done is done', () => {
		expect(stepsLeft(firstSteps({ hasMission: true, teamSize: 3, memberCount: 12 }))).toBe(false);
	});
});
