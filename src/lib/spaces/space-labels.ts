import { m } from '../paraglide/messages.js';
import type { HostRole, MeansOfWorkKind, ProjectPartnerRole, SocialNetwork, SpaceKind } from './space-enums.ts';

export const spaceKindOrder: SpaceKind[] = ['national_network', 'regional_hub', 'thematic_network', 'other'];

const kindLabels: Record<SpaceKind, () => string> = {
	regional_hub: m.space_kind_regional_hub,
	thematic_network: m.space_kind_thematic_network,
	national_network: m.space_kind_national_network,
	other: m.space_kind_other
};

const kindPluralLabels: Record<SpaceKind, () => string> = {
	regional_hub: m.space_kind_plural_regional_hub,
	thematic_network: m.space_kind_plural_thematic_network,
	national_network: m.space_kind_plural_national_network,
	other: m.space_kind_plural_other
};

const meansLabels: Record<MeansOfWorkKind, () => string> = {
	informing: m.means_informing,
	training: m.means_training,
	networking: m.means_networking,
	advocacy: m.means_advocacy
};

export const kindLabel = (kind: SpaceKind) => kindLabels[kind]();
export const kindPluralLabel = (kind: SpaceKind) => kindPluralLabels[kind]();
export const meansLabel = (kind: MeansOfWorkKind) => meansLabels[kind]();

const hostRoleLabels: Record<HostRole, () => string> = {
	operator: m.host_role_operator,
	host: m.host_role_host,
	partner: m.host_role_partner
};

const partnerRoleLabels: Record<ProjectPartnerRole, () => string> = {
	lead_applicant: m.partner_role_lead_applicant,
	partner: m.partner_role_partner,
	associated_partner: m.partner_role_associated_partner
};

const socialLabels: Record<SocialNetwork, () => string> = {
	facebook: m.social_facebook,
	x: m.social_x,
	instagram: m.social_instagram,
	linkedin: m.social_linkedin,
	youtube: m.social_youtube,
	mastodon: m.social_mastodon,
	other: m.social_other
};

export const hostRoleLabel = (role: HostRole) => hostRoleLabels[role]();
export const partnerRoleLabel = (role: ProjectPartnerRole) => partnerRoleLabels[role]();
export const socialLabel = (network: SocialNetwork) => socialLabels[network]();
