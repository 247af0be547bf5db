import { AppError } from '../../shared/errors.ts';

export const indicatorNotFound = (id: string) => new AppError('indicator_not_found', 'not_found', `The project has no indicator with the id "${id}".`, { id });

export const indicatorActualNotFound = (id: string) =>
	new AppError('indicator_actual_not_found', 'not_found', `The indicator has no entered actual with the id "${id}".`, { id });

export const indicatorPeriodUnknown = (startsOn: string) =>
	new AppError('indicator_period_unknown', 'invalid', `The indicator has no reporting period starting on ${startsOn}.`, { startsOn });

export const indicatorComputed = (ruleId: string) =>
	new AppError('indicator_computed', 'conflict', `The indicator's actuals are computed by the rule "${ruleId}"; they cannot be entered.`, { ruleId });

export const indicatorRuleUnknown = (ruleId: string) =>
	new AppError('indicator_rule_unknown', 'invalid', `No module computes the rule "${ruleId}".`, { ruleId });

export const indicatorPartnerNotInProject = (organisationId: string) =>
	new AppError('indicator_partner_not_in_project', 'invalid', 'The organisation does not take part in the project.', { organisationId });

export const indicatorActualStep = (from: string, to: string) =>
	new AppError('indicator_actual_step', 'conflict', `An actual that is ${from} cannot become ${to}.`, { from, to });
