import type { LayoutServerLoad } from './$types';

/** The signed-in person, for the header; nothing about anybody else. */
export const load: LayoutServerLoad = ({ locals }) => {
	const { actor } = locals;
	return { me: actor.kind === 'session' ? { name: actor.name, isPlatformAdmin: actor.isPlatformAdmin } : null };
};
