import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formValues } from '#lib/server/http/forms.ts';
import { authorizePage, rethrowForPage, spaceForPage } from '#lib/server/http/page-errors.ts';
import { ownOrganisationIds } from '#lib/server/policy/actor.ts';
import { can } from '#lib/server/policy/policy.ts';
import { deleteIndicator, updateIndicator } from '#lib/server/projects/indicators/indicator-changes.usecases.ts';
import {
	failIndicatorForm,
	formOfIndicator,
	indicatorOfForm,
	newIndicatorOfForm,
	parseWithNumbers,
	readNumbers
} from '#lib/server/projects/indicators/indicator-form.ts';
import { indicatorsPolicy } from '#lib/server/projects/indicators/indicators.policy.ts';
import { actualInputSchema, indicatorChangesSchema, indicatorInputSchema } from '#lib/server/projects/indicators/indicators.schemas.ts';
import { createIndicator, enterActual, indicatorRuleChoices, listIndicators, stepActual } from '#lib/server/projects/indicators/indicators.usecases.ts';
import { listProjectOrganisations } from '#lib/server/projects/partners/project-organisations.usecases.ts';
import { listProjects } from '#lib/server/projects/projects.usecases.ts';
import { toIsoDate } from '#lib/server/shared/calendar-date.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getApp();
	const space = spaceForPage(locals, params.slug);
	// refused before anything is looked up: a project's existence is no one else's business
	authorizePage(indicatorsPolicy, locals.actor, 'report', { spaceId: space.id, organisationIds: ownOrganisationIds(locals.actor) });
	const [projects, indicators, organisations] = await Promise.all([
		listProjects({ db, actor: locals.actor, space }),
		listIndicators({ db, actor: locals.actor, projectId: params.id }),
		listProjectOrganisations({ db, actor: locals.actor, space, projectId: params.id })
	]).catch(rethrowForPage);
	const project = projects.find((candidate) => candidate.id === params.id);
	if (!project) error(404);
	const staff = can(indicatorsPolicy, locals.actor, 'manage', { spaceId: space.id });
	// a member editor reports for their organisation when it takes part in the project
	const own = ownOrganisationIds(locals.actor);
	const partner = organisations.find((row) => own.includes(row.organisation.id))?.organisation ?? null;
	if (!staff && !partner) error(403);
	const names = Object.fromEntries(organisations.map((row) => [row.organisation.id, row.organisation.name]));
	const locale = getLocale();
	return {
		space,
		project,
		indicators,
		staff,
		partner,
		names,
		rules: staff ? indicatorRuleChoices() : [],
		editValues: staff ? Object.fromEntries(indicators.map((indicator) => [indicator.id, formOfIndicator(indicator, locale)])) : {}
	};
};

const context = (locals: App.Locals) => ({ actor: locals.actor, source: 'form' as const });
const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

export const actions: Actions = {
	create: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		try {
			const { input, issues } = newIndicatorOfForm(data, getLocale());
			const checked = parseWithNumbers(indicatorInputSchema, input, issues);
			const created = await createIndicator({ db, context: context(locals), projectId: params.id, input: checked });
			return { created: created.name.sl };
		} catch (cause) {
			const failure = failIndicatorForm(cause, { ...formValues(data), intent: 'create' });
			// refusals of the use case that one field answers: the periods (from–to) or the rule
			const field = { indicator_period_unknown: 'from', indicator_rule_unknown: 'ruleId' }[failure.data.errors.form ?? ''];
			if (field) failure.data.errors = { [field]: failure.data.errors.form! };
			return failure;
		}
	},

	update: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const indicatorId = text(data, 'indicatorId');
		try {
			const { input, issues } = indicatorOfForm(data, getLocale());
			// an emptied baseline date is cleared
			const checked = parseWithNumbers(indicatorChangesSchema, { ...input, baselineOn: input.baselineOn ?? null }, issues);
			await updateIndicator({ db, context: context(locals), projectId: params.id, indicatorId, input: checked });
			return { updated: indicatorId };
		} catch (cause) {
			return failIndicatorForm(cause, { ...formValues(data), intent: `update:${indicatorId}` });
		}
	},

	delete: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const indicatorId = text(data, 'indicatorId');
		try {
			await deleteIndicator({ db, context: context(locals), projectId: params.id, indicatorId });
			return { deleted: text(data, 'indicatorName') };
		} catch (cause) {
			return failIndicatorForm(cause, { ...formValues(data), intent: `delete:${indicatorId}` });
		}
	},

	enter: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const indicatorId = text(data, 'indicatorId');
		try {
			const { numbers, issues } = readNumbers(data, ['value'], getLocale(), ['value']);
			const input = {
				periodStartsOn: toIsoDate(text(data, 'periodStartsOn')),
				organisationId: text(data, 'organisationId') || null,
				value: numbers.value,
				note: text(data, 'note'),
				link: text(data, 'link') || null
			};
			const checked = parseWithNumbers(actualInputSchema, input, issues);
			await enterActual({ db, context: context(locals), projectId: params.id, indicatorId, input: checked });
			return { entered: indicatorId };
		} catch (cause) {
			return failIndicatorForm(cause, { ...formValues(data), intent: `enter:${indicatorId}` });
		}
	},

	step: async ({ request, params, locals }) => {
		const data = await request.formData();
		const { db } = await getApp();
		const indicatorId = text(data, 'indicatorId');
		const actualId = text(data, 'actualId');
		try {
			const stepped = await stepActual({ db, context: context(locals), projectId: params.id, indicatorId, actualId, input: { status: text(data, 'status') } });
			return { stepped: stepped.status };
		} catch (cause) {
			return failIndicatorForm(cause, { ...formValues(data), intent: `step:${actualId}` });
		}
	}
};
