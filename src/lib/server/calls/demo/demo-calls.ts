/**
 * The demo's funding calls. The two closed ones are the calls the seeds name, with only what the
 * seeds state (funder, title, the organisation selected, the amount it was granted); the seeds give
 * neither their deadlines nor their total amounts, so those are left empty rather than invented.
 * The open ones are clearly generic examples, their deadlines set relative to the day of loading.
 */
export type DemoCall = {
	title: { sl: string; en: string };
	funder: string;
	year: number;
	closed?: true;
	/** Days after loading; the time, if any, in Ljubljana. */
	deadlinesInDays?: { days: number; time?: string }[];
	totalAmount?: string;
	amountMin?: string;
	amountMax?: string;
	legalForms?: string[];
	regionCodes?: string[];
	fields?: string[];
	cofinancingShare?: string;
	link?: string;
	/** Applications the seeds state: the organisation, the space recording it, the outcome. */
	applications?: { organisation: string; space: string; status: 'granted'; grantedAmount?: string }[];
};

const mju = 'Ministrstvo za javno upravo';

export const demoCalls: DemoCall[] = [
	// seed 001: "sofinanciralo Ministrstvo za javno upravo v okviru javnega razpisa …"; "Vrednost financiranega dela projekta s strani MJU je bila 60.000,00 EUR"
	{
		title: {
			sl: 'Javni razpis za sofinanciranje projektov razvoja in profesionalizacije NVO in prostovoljstva 2018',
			en: 'Public call for co-financing projects for the development and professionalisation of NGOs and volunteering 2018'
		},
		funder: mju,
		year: 2018,
		closed: true,
		applications: [
			{ organisation: 'IPAK Inštitut za simbolno analizo in razvoj informacijskih tehnologij', space: 'nvo-vid', status: 'granted', grantedAmount: '60.000,00' }
		]
	},
	// seed 004: "Na Javnem razpisu za podporno okolje za razvoj nevladnih organizacij 2019-2023 Ministrstva za javno upravo je bilo … izbrano Kulturno izobraževalno društvo PiNA"
	{
		title: {
			sl: 'Javni razpis za podporno okolje za razvoj nevladnih organizacij 2019-2023',
			en: 'Public call for the support environment for the development of non-governmental organisations 2019-2023'
		},
		funder: mju,
		year: 2019,
		closed: true,
		applications: [{ organisation: 'Kulturno izobraževalno društvo PiNA', space: 'iskra', status: 'granted' }]
	},
	// invented, generic: open calls to show the list, the calendar and the matching
	{
		title: { sl: 'Primer razpisa: sofinanciranje razvoja NVO (demo)', en: 'Example call: co-financing NGO development (demo)' },
		funder: mju,
		year: new Date().getFullYear(),
		deadlinesInDays: [{ days: 45, time: '12:00' }],
		totalAmount: '500.000,00',
		amountMin: '5.000,00',
		amountMax: '25.000,00',
		legalForms: ['association', 'private_institute', 'foundation'],
		fields: ['ngo_development'],
		cofinancingShare: '20'
	},
	{
		title: {
			sl: 'Primer razpisa: kulturni programi v Obalno-kraški regiji (demo)',
			en: 'Example call: cultural programmes in the Obalno-kraška region (demo)'
		},
		funder: mju,
		year: new Date().getFullYear(),
		deadlinesInDays: [{ days: 30 }, { days: 120 }],
		totalAmount: '120.000,00',
		amountMax: '8.000,00',
		regionCodes: ['SI044'],
		fields: ['culture']
	}
];
