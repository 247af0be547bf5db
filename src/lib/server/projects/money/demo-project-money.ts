/**
 * The money of the demo hubs' projects, as far as the seeds state it: the total value, where it
 * came from and the public call the project was selected in. Amounts are written as the seeds
 * write them.
 */
export type DemoProjectMoney = {
	call: { title: { sl: string; en: string }; funder: string; year: number };
	total: string;
	fundingLines: { funder: string; amount: string }[];
	ownFunds: { name: string; amount: string }[];
};

const mju = 'Ministrstvo za javno upravo';

export const demoProjectMoney: Record<string, DemoProjectMoney> = {
	// seed 001, "Finančna vrednost projekta" and "Naziv javnega razpisa"
	'nvo-vid': {
		call: {
			title: {
				sl: 'Javni razpis za sofinanciranje projektov razvoja in profesionalizacije NVO in prostovoljstva 2018',
				en: 'Public call for co-financing projects for the development and professionalisation of NGOs and volunteering 2018'
			},
			funder: mju,
			year: 2018
		},
		total: '76.334,02',
		fundingLines: [{ funder: mju, amount: '60.000,00' }],
		// the seed gives the three organisations' own funds as one sum
		ownFunds: [{ name: 'IPAK, INePA in LJUDMILA (nosilec in projektna partnerja)', amount: '16.334,02' }]
	},
	// seed 004: "Vrednost projekta: 334.613,93 €", selected in the MJU call of 2019–2023; the split is not stated
	iskra: {
		call: {
			title: {
				sl: 'Javni razpis za podporno okolje za razvoj nevladnih organizacij 2019-2023',
				en: 'Public call for the support environment for the development of non-governmental organisations 2019-2023'
			},
			funder: mju,
			year: 2019
		},
		total: '334.613,93',
		fundingLines: [],
		ownFunds: []
	}
};
