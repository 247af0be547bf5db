import type { ProjectReport } from '../server/projects/report/project-report.usecases.ts';
import type { LocalizedText } from '../server/shared/localized.ts';
import { m } from '../paraglide/messages.js';
import { projectOrganisationRoleLabel } from './project-organisation-roles.ts';

/** An organisation as the page names it: one of the registry (linked to its page) or a name only. */
export type NamedOrganisation = { id: string | null; name: string };
export type RoleGroup = { role: string; organisations: NamedOrganisation[] };

/** The order of seed 001: who leads, who carries it out or hosts it, the partners, then who pays. */
const roleOrder = ['lead', 'operator', 'host', 'partner', 'associated_partner', 'financer'];
/** The roles a space profile's partners had, as project roles. */
const profileRoles: Record<string, string> = { lead_applicant: 'lead', partner: 'partner', associated_partner: 'associated_partner' };

/**
 * What a space profile's project held that no table holds yet (see `moveProfileProjects`), read
 * defensively: the shape is as it was written then.
 */
type ProfileLeftovers = {
	call?: LocalizedText;
	funder?: LocalizedText;
	operator?: LocalizedText;
	totalValueCents?: number;
	fundedValueCents?: number;
	ownFundsCents?: number;
	partners?: { name: LocalizedText; role: string }[];
};

export function profileLeftovers(report: ProjectReport): ProfileLeftovers {
	const fromProfile = (report.project.fromProfile ?? {}) as ProfileLeftovers & { profileProject?: ProfileLeftovers };
	return fromProfile.profileProject ?? fromProfile;
}

/** An organisation's name with its short name, unless the name holds it already: `Ministrstvo za javno upravo (MJU)`. */
export const organisationName = (organisation: { name: string; shortName: string | null }) =>
	organisation.shortName && !organisation.name.includes(organisation.shortName) ? `${organisation.name} (${organisation.shortName})` : organisation.name;

/**
 * The organisations taking part, grouped by role in the seed's order: those of the registry, then
 * the names a profile held that the registry does not know; the financers of the funding lines
 * and the profile's funder and operator only when no organisation of the registry holds the role.
 */
export function roleGroups(report: ProjectReport, locale: 'sl' | 'en'): RoleGroup[] {
	const leftovers = profileLeftovers(report);
	const text = (value: LocalizedText) => (locale === 'en' && value.en) || value.sl;
	const byRole = new Map<string, NamedOrganisation[]>();
	const add = (role: string, organisation: NamedOrganisation) => {
		const group = byRole.get(role) ?? [];
		if (!group.some((known) => (known.id && known.id === organisation.id) || known.name === organisation.name)) group.push(organisation);
		byRole.set(role, group);
	};
	for (const { organisation, role } of report.organisations) add(role, { id: organisation.id, name: organisationName(organisation) });
	for (const partner of leftovers.partners ?? []) add(profileRoles[partner.role] ?? partner.role, { id: null, name: text(partner.name) });
	if (!byRole.has('financer'))
		for (const line of report.money.fundingLines)
			add('financer', line.organisation ? { id: line.organisation.id, name: organisationName(line.organisation) } : { id: null, name: line.name });
	if (!byRole.has('financer') && leftovers.funder) add('financer', { id: null, name: text(leftovers.funder) });
	if (!byRole.has('lead') && !byRole.has('operator') && leftovers.operator) add('operator', { id: null, name: text(leftovers.operator) });
	const rank = (role: string) => (roleOrder.includes(role) ? roleOrder.indexOf(role) : roleOrder.length);
	return [...byRole.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([role, organisations]) => ({ role, organisations }));
}

const roleHeadings: Record<string, (input: { count: number }, options?: { locale?: 'sl' | 'en' }) => string> = {
	lead: m.project_page_role_lead,
	operator: m.project_page_role_operator,
	host: m.project_page_role_host,
	partner: m.project_page_role_partner,
	associated_partner: m.project_page_role_associated_partner,
	financer: m.project_page_role_financer
};

/** A role group's heading, in the plural form its number of organisations asks for (`Projektna partnerja`). */
export const roleGroupHeading = (group: RoleGroup, locale?: 'sl' | 'en') =>
	roleHeadings[group.role]?.({ count: group.organisations.length }, { locale }) ?? projectOrganisationRoleLabel(group.role);

/** The contributions grouped by strategy, in the order given; within one, each goal with its contributions. */
export function contributionsByStrategy(report: ProjectReport) {
	const groups: { strategy: LocalizedText; items: { goal: LocalizedText | null; contribution: LocalizedText }[] }[] = [];
	for (const { strategy, goal, contribution } of report.contributions) {
		const last = groups.at(-1);
		if (last && last.strategy.sl === strategy.sl) last.items.push({ goal, contribution });
		else groups.push({ strategy, items: [{ goal, contribution }] });
	}
	return groups;
}

/** The project's total value as the report has it, else as a space profile held it. */
export function projectTotal(report: ProjectReport) {
	return report.money.total?.cents ?? profileLeftovers(report).totalValueCents ?? null;
}
