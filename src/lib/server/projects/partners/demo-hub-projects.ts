import type { ProjectOrganisationRole } from '../../../projects/project-organisation-roles.ts';
import type { LocalizedText } from '../../shared/localized.ts';
import { asociacija } from '../../spaces/demo/asociacija.ts';

const ipak = 'IPAK Inštitut za simbolno analizo in razvoj informacijskih tehnologij';
const mju = 'Ministrstvo za javno upravo';

/** Seed 003's three strands, titled as the seed lists them, described as the network's means of work are (the same text). */
const strandTitles: Record<string, LocalizedText> = {
	advocacy: { sl: 'Zagovorništvo', en: 'Advocacy' },
	training: { sl: 'Usposabljanje', en: 'Training' },
	networking: { sl: 'Krepitev povezovanja NVO v kulturi', en: 'Strengthening the networking of NGOs in culture' }
};
const asociacijaStrands = (asociacija.meansOfWork ?? []).map((means) => ({ title: strandTitles[means.kind]!, description: means.description }));

/**
 * The project that runs each demo space (its title and period come from the project the space's
 * profile held, demo-profile-projects.ts) and the organisations of the registry taking part in it, in
 * the roles seeds 001–004 give them. They run the space; none of them is thereby its member.
 */
export const demoHubProjects: Record<
	string,
	{
		slug: string;
		organisations: readonly { name: string; role: ProjectOrganisationRole }[];
		strands?: { title: LocalizedText; description: LocalizedText }[];
		contact?: { name: string; email: string };
	}
> = {
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
	// seed 004: PiNA was chosen as the hub and carries out ("izvaja") the project: its operator
	iskra: {
		slug: 'sticisce-iskra',
		organisations: [
			{ name: 'Kulturno izobraževalno društvo PiNA', role: 'operator' },
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
	// and its key strands of activity ("Ključni sklopi aktivnosti projekta") and contact person
	asociacija: {
		slug: 'kultura-za-ustvarjalen-razvoj',
		organisations: [{ name: 'Društvo Asociacija', role: 'lead' }],
		strands: asociacijaStrands,
		contact: { name: 'Anela Bešo', email: 'anela.beso@asociacija.si' }
	}
};
