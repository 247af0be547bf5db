import { describe, expect, it } from 'vitest';
import type { Project } from '../projects.schemas.ts';
import { currentProjectOf } from './current-project.usecases.ts';

const project = (slug: string, startsOn: string | null, endsOn: string | null, status: Project['status']): Project => ({
	id: slug,
	slug,
	title: { sl: slug },
	acronym: null,
	startsOn,
	endsOn,
	status
});

describe('the project a space page introduces the space by', () => {
	const ended = project('2019-2023', '2019-10-01', '2023-09-30', 'ended');
	const older = project('2015-2019', '2015-10-30', '2019-09-30', 'ended');
	const unknown = project('brez-obdobja', null, null, null);

	it('is the running one, even when another ended later or starts later', () => {
		const running = project('2023-2027', '2023-10-01', '2027-09-30', 'running');
		const planned = project('2028', '2028-01-01', '2028-12-31', 'planned');
		expect(currentProjectOf([ended, planned, running, unknown])?.slug).toBe('2023-2027');
	});

	it('else the one that ends (or starts) last, and one without a period only when there is nothing else', () => {
		expect(currentProjectOf([older, unknown, ended])?.slug).toBe('2019-2023');
		expect(currentProjectOf([unknown])?.slug).toBe('brez-obdobja');
		expect(currentProjectOf([])).toBeUndefined();
	});
});
