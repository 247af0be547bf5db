import type { OrganisationInput } from '../organisations.schemas.ts';

type DemoOrganisation = Partial<OrganisationInput> & Pick<OrganisationInput, 'name' | 'legalForm'>;

/**
 * The organisations the seeds name, with only what the seeds say of them: no registration or
 * tax numbers (the seeds state none), no municipality where they do not say where. A legal form
 * the seeds do not spell out is read from the name ("Zavod …", "Društvo …", "Inštitut …" as a
 * private institute); SKUP and the chamber of commerce fit no NGO form exactly, so `other_ngo`.
 */
export const demoOrganisations: readonly DemoOrganisation[] = [
	// seed 001: the applicant and the partners of PRO-NVO-VID, which run the NVO-VID network
	{
		name: 'IPAK Inštitut za simbolno analizo in razvoj informacijskih tehnologij',
		shortName: 'IPAK',
		legalForm: 'private_institute',
		fields: ['information_society']
	},
	{ name: 'Zavod Inštitut za elektronsko participacijo', shortName: 'INePA', legalForm: 'private_institute', fields: ['information_society'] },
	{ name: 'Društvo LJUDMILA, laboratorij za znanost in umetnost', shortName: 'LJUDMILA', legalForm: 'association', fields: ['information_society', 'culture'] },
	// seed 001: the associated partners
	{ name: 'Društvo za trajnostni razvoj Duh časa', shortName: 'Duh časa', legalForm: 'association', fields: ['environment'] },
	{
		name: 'Zavod za medgeneracijsko sodelovanje Simbioza Genesis, so.p.',
		shortName: 'Simbioza Genesis',
		legalForm: 'private_institute',
		fields: ['older_people', 'information_society']
	},
	{ name: 'Beletrina, zavod za založniško dejavnost', shortName: 'Beletrina', legalForm: 'private_institute', fields: ['culture'] },
	{ name: 'Zavod MISSS – Mladinsko informativno svetovalno središče Slovenije', shortName: 'MISSS', legalForm: 'private_institute', fields: ['youth'] },
	{ name: 'Zavod TIP&TAP storitve, razvoj in izobraževanje so.p.', shortName: 'TIP&TAP', legalForm: 'private_institute', fields: ['education'] },
	{ name: 'Savinjsko-Šaleška gospodarska zbornica', shortName: 'SŠGZ', legalForm: 'other_ngo' },
	// seed 002: the hosts of Grozd
	{ name: 'SKUP – Skupnost privatnih zavodov', shortName: 'SKUP', legalForm: 'other_ngo', fields: ['ngo_development'] },
	{ name: 'Zavod Tri, zavod za trajnostne skupnostne prakse', shortName: 'Zavod Tri', legalForm: 'private_institute', fields: ['ngo_development'] },
	// seed 003: the operator of the network of NGOs in culture
	{ name: 'Društvo Asociacija', shortName: 'Asociacija', legalForm: 'association', fields: ['culture', 'ngo_development'] },
	// seed 004: the operator of Iskra
	{ name: 'Kulturno izobraževalno društvo PiNA', shortName: 'PiNA', legalForm: 'association', fields: ['culture', 'education', 'ngo_development'] },
	// seeds 001, 002, 004: the financers and the authorities the hubs name
	{ name: 'Ministrstvo za javno upravo', shortName: 'MJU', legalForm: 'public_body', website: 'https://www.mju.gov.si/' },
	{
		name: 'Služba Vlade Republike Slovenije za razvoj in evropsko kohezijsko politiko',
		shortName: 'SVRK',
		legalForm: 'public_body',
		website: 'https://www.svrk.gov.si/'
	}
];
