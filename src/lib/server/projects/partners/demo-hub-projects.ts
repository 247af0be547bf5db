import type { ProjectOrganisationRole } from '../../../projects/project-organisation-roles.ts';

const ipak = 'IPAK Inštitut za simbolno analizo in razvoj informacijskih tehnologij';
const mju = 'Ministrstvo za javno upravo';

/**
 * The project that runs each demo space (its title and period come from the space's support
 * project, as the seeds state them) and the organisations of the registry taking part in it, in
 * the roles seeds 001–004 give them. They run the space; none of them is thereby its member.
 */
export const demoHubProjects: Record<string, { slug: string; organisations: readonly { name: string; role: ProjectOrganisationRole }[] }> = {
	// seed 002: "v partnerstvu gostita SKUP … in Zavod Tri"; the seed states no period
	grozd: {
		slug: 'grozd-nvo',
		organisations: [
			{ name: 'SKUP – Skupnost privatnih zavodov', role: 'host' },
			{ name: 'Zavod Tri, zavod za trajnostne skupnostne prakse', role: 'host' },
			{ name: 'Služba Vlade Republike Slovenije za razvoj in evropsko kohezijsko politiko', role: 'financer' },
			{ name: mju, role: 'financer' }
		]
	},
	// seed 004: PiNA was chosen as the hub and carries out the project
	iskra: {
		slug: 'sticisce-iskra',
		organisations: [
			{ name: 'Kulturno izobraževalno društvo PiNA', role: 'lead' },
			{ name: mju, role: 'financer' }
		]
	},
	// seed 001: the applicant, the partners and the associated partners of PRO-NVO-VID
	'nvo-vid': {
		slug: 'pro-nvo-vid',
		organisations: [
			{ name: ipak, role: 'lead' },
			{ name: 'Zavod Inštitut za elektronsko participacijo', role: 'partner' },
			{ name: 'Društvo LJUDMILA, laboratorij za znanost in umetnost', role: 'partner' },
			{ name: 'Društvo za trajnostni razvoj Duh časa', role: 'associated_partner' },
			{ name: 'Zavod za medgeneracijsko sodelovanje Simbioza Genesis, so.p.', role: 'associated_partner' },
			{ name: 'Beletrina, zavod za založniško dejavnost', role: 'associated_partner' },
			{ name: 'Zavod MISSS – Mladinsko informativno svetovalno središče Slovenije', role: 'associated_partner' },
			{ name: 'Zavod TIP&TAP storitve, razvoj in izobraževanje so.p.', role: 'associated_partner' },
			{ name: 'Savinjsko-Šaleška gospodarska zbornica', role: 'associated_partner' },
			{ name: mju, role: 'financer' }
		]
	},
	// seed 003: Društvo Asociacija, the network's holder ("nosilec"), runs the project
	asociacija: { slug: 'kultura-za-ustvarjalen-razvoj', organisations: [{ name: 'Društvo Asociacija', role: 'lead' }] }
};
