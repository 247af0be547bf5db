import { m } from '../paraglide/messages.js';

/**
 * The roles an organisation plays in a project, from the seeds: the lead (applicant, *nosilec*),
 * the operator that carries out a hub's project (*izvajalec*, seed 004), the hosts of a hub run in
 * partnership, partners and associated partners, and the financers. For IATI each maps to a
 * participating-org role (1 Funding, 2 Accountable, 4 Implementing).
 */
export const projectOrganisationRoles = ['lead', 'operator', 'host', 'partner', 'associated_partner', 'financer'] as const;
export type ProjectOrganisationRole = (typeof projectOrganisationRoles)[number];

export const iatiParticipatingOrgRole: Record<ProjectOrganisationRole, '1' | '2' | '4'> = {
	lead: '2',
	operator: '4',
	host: '4',
	partner: '4',
	associated_partner: '4',
	financer: '1'
};

const roleLabels: Record<ProjectOrganisationRole, () => string> = {
	lead: m.projects_role_lead,
	operator: m.space_projects_role_operator,
	host: m.projects_role_host,
	partner: m.projects_role_partner,
	associated_partner: m.projects_role_associated_partner,
	financer: m.projects_role_financer
};

export const projectOrganisationRoleLabel = (role: string) => roleLabels[role as ProjectOrganisationRole]?.() ?? role;
