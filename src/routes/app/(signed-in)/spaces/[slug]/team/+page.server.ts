import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localHref } from '#lib/shared/links.ts';
import { getApp } from '#lib/server/app.ts';
import { failForm, formValues } from '#lib/server/http/forms.ts';
import { rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { spaceOf } from '#lib/server/spaces/space-scope.ts';
import type { Actor } from '#lib/server/policy/actor.ts';
import { listMemberNames } from '#lib/server/memberships/memberships.usecases.ts';
import { changeRole, listTeam, removeMember, type Team } from '#lib/server/team/team.usecases.ts';
import { cancelInvitation, invitationValidDays, inviteToSpace } from '#lib/server/team/team.invitations.usecases.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db } = await getApp();
	const team = await listTeam({ db, actor: locals.actor, space: spaceForPage(locals, params.slug), action: 'manage' }).catch(rethrowForPage);
	// a removal is confirmed on a page of its own address, so that it works without JavaScript;
	// someone no longer in the team has nothing to confirm
	const removing = team.members.find((member) => member.userId === url.searchParams.get('remove'));
	return {
		...team,
		organisations: await listMemberNames({ db, space: spaceForPage(locals, params.slug) }),
		removing: removing ? { userId: removing.userId, name: removing.name } : null,
		me: locals.actor.kind === 'session' ? locals.actor.userId : null,
		mailLocale: getLocale()
	};
};

const text = (data: FormData, name: string) => String(data.get(name) ?? '');

// the page shows a failure beside the form it came from: the invitation form or one member's row
const failed = (error: unknown, data: FormData, intent: 'invite' | 'changeRole' | 'remove' | 'cancelInvitation') =>
	failForm(error, { ...formValues(data), intent });

/**
 * Someone who just gave up their own admin role may no longer manage the team, but this request's
 * actor still holds the old role: without leaving, the page would render once more as before.
 */
function hasLeft(actor: Actor, userId: string, stillAdmin: boolean): boolean {
	return actor.kind === 'session' && !actor.isPlatformAdmin && actor.userId === userId && !stillAdmin;
}

export const actions: Actions = {
	invite: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db, config, wakeJobRunner } = await getApp();
		try {
			const invitation = await inviteToSpace({
				db,
				context: { actor: locals.actor, source: 'form' },
				publicUrl: config.publicUrl,
				space: spaceOf(locals, params.slug),
				input: {
					email: text(data, 'email'),
					role: text(data, 'role'),
					locale: text(data, 'locale'),
					organisationId: text(data, 'organisationId'),
					registrationNumber: text(data, 'registrationNumber')
				}
			});
			wakeJobRunner();
			return { invited: invitation.email, validDays: invitationValidDays };
		} catch (error) {
			return failed(error, data, 'invite');
		}
	},

	cancelInvitation: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const invitation = await cancelInvitation({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				invitationId: text(data, 'invitationId')
			});
			return { cancelled: invitation.email };
		} catch (error) {
			return failed(error, data, 'cancelInvitation');
		}
	},

	changeRole: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		let member: Team['members'][number];
		try {
			member = await changeRole({
				db,
				context: { actor: locals.actor, source: 'form' },
				space: spaceOf(locals, params.slug),
				input: { userId: text(data, 'userId'), role: text(data, 'role') }
			});
		} catch (error) {
			return failed(error, data, 'changeRole');
		}
		if (hasLeft(locals.actor, member.userId, member.role === 'admin')) redirect(303, localHref('/app'));
		return { changed: { name: member.name, role: member.role } };
	},

	remove: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		let member: Team['members'][number];
		try {
			member = await removeMember({ db, context: { actor: locals.actor, source: 'form' }, space: spaceOf(locals, params.slug), userId: text(data, 'userId') });
		} catch (error) {
			return failed(error, data, 'remove');
		}
		if (hasLeft(locals.actor, member.userId, false)) redirect(303, localHref('/app'));
		return { removed: member.name };
	}
};
