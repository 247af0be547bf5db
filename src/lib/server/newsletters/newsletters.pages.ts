import { fail } from '@sveltejs/kit';
import { ZodError } from 'zod';
import { problemOfIssue } from '../../shared/form-problems.ts';
import { failForm } from '../http/forms.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { findSpaceById, type SpaceRef } from '../spaces/space-scope.ts';
import { newsletterCampaignNotFound } from './newsletters.errors.ts';
import { newslettersPolicy } from './newsletters.policy.ts';
import { getCampaign } from './newsletters.usecases.ts';

/** The space of a campaign named by id (API routes without a slug); another space's staff learn nothing of it. */
export async function campaignSpace(db: Database, actor: Actor, id: string): Promise<SpaceRef> {
	const campaign = await getCampaign({ db, actor: { kind: 'system' }, id });
	const space = await findSpaceById(db, campaign.spaceId);
	if (!space) throw newsletterCampaignNotFound(id);
	authorize(newslettersPolicy, actor, 'manage', { spaceId: space.id });
	return space;
}

/**
 * A refused form of this module: each validation mistake beside its field in the words the forms
 * share (`problem_email`, `problem_required` …), a domain error for the whole form.
 */
export function refusedForm(cause: unknown, values: Record<string, string>) {
	if (cause instanceof ZodError) {
		const errors: Record<string, string> = {};
		for (const issue of cause.issues) errors[issue.path.map(String).join('.') || 'form'] ??= problemOfIssue(issue);
		return fail(400, { values, errors });
	}
	return failForm(cause, values);
}
