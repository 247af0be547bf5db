import { asociacija } from '../../spaces/demo/asociacija.ts';
import type { ProjectDetailsChanges } from './project-details.schemas.ts';

const means = (kind: string) => asociacija.meansOfWork?.find((item) => item.kind === kind)?.description;

/**
 * What the seeds say of a demo hub's project beyond its title, period, partners and money: its
 * problem, goal, strands of activity and contact person. Seed 003 describes Asociacija's project
 * in the words its space profile was written from, so they are taken from there.
 */
export const demoProjectDetails: Record<string, ProjectDetailsChanges> = {
	// seed 003: the project's purpose, the needs it stems from, its three strands and its contact
	asociacija: {
		goal: asociacija.summary &&
			asociacija.approach && { sl: `${asociacija.summary.sl}\n\n${asociacija.approach.sl}`, en: `${asociacija.summary.en}\n\n${asociacija.approach.en}` },
		problem: asociacija.socialChallenge,
		strands: [
			{ title: { sl: 'Zagovorništvo', en: 'Advocacy' }, description: means('advocacy') },
			{ title: { sl: 'Usposabljanje', en: 'Training' }, description: means('training') },
			{ title: { sl: 'Krepitev povezovanja NVO v kulturi', en: 'Strengthening the networking of NGOs in culture' }, description: means('networking') }
		],
		contact: { name: 'Anela Bešo', email: 'anela.beso@asociacija.si' }
	}
};
