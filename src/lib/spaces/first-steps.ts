/** What a space's dashboard knows of it, from the modules that hold each fact. */
export type SpaceFacts = { hasMission: boolean; teamSize: number; memberCount: number };

export type FirstStep = {
	key: 'profile' | 'team' | 'members' | 'event';
	done: boolean;
	/** The back-office page (under `/app/spaces/<slug>`) where the step is done; none while no page can do it yet. */
	page?: 'profile' | 'team' | 'members';
};

/**
 * The guided first steps of a new space, each ticked from real data. There is no events module yet:
 * the first event stays visibly pending, with no link to a page that could not do it.
 */
export function firstSteps(facts: SpaceFacts): FirstStep[] {
	return [
		{ key: 'profile', done: facts.hasMission, page: 'profile' },
		{ key: 'team', done: facts.teamSize >= 2, page: 'team' },
		{ key: 'members', done: facts.memberCount >= 1, page: 'members' },
		{ key: 'event', done: false }
	];
}

/** The steps are shown until everything that can be done is done. */
export const stepsLeft = (steps: FirstStep[]) => steps.some((step) => step.page && !step.done);
