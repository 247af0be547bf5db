// Closed vocabularies of the space profile, shared by the server schemas and the pages.
export const spaceKinds = ['regional_hub', 'thematic_network', 'national_network', 'other'] as const;
export const meansOfWorkKinds = ['informing', 'training', 'networking', 'advocacy'] as const;
export const hostRoles = ['operator', 'host', 'partner'] as const;
export const projectPartnerRoles = ['lead_applicant', 'partner', 'associated_partner'] as const;
export const socialNetworks = ['facebook', 'x', 'instagram', 'linkedin', 'youtube', 'mastodon', 'other'] as const;

export type SpaceKind = (typeof spaceKinds)[number];
export type MeansOfWorkKind = (typeof meansOfWorkKinds)[number];
export type HostRole = (typeof hostRoles)[number];
export type ProjectPartnerRole = (typeof projectPartnerRoles)[number];
export type SocialNetwork = (typeof socialNetworks)[number];
