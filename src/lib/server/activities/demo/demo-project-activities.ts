import type { LegalForm } from '../../../reference/legal-forms.ts';
import type { ActivityQuestion } from '../activities.table.ts';

/**
 * PRO-NVO-VID's activities as seed 001 reports them: "izvedena 4 izobraževanja in delavnice … za 34
 * udeležencev iz 21 nevladnih organizacij, ki so ocenili, da se je s tem izboljšala učinkovitost
 * njihovih organizacij" and "Dan vključujoče informacijske družbe 2019 … v Ljubljani in Velenju, …
 * na dveh lokacijah udeležilo skupaj 80 ljudi". The seed names neither the trainings nor the people:
 * the titles are plausible, the people and the organisations not in the seeds are made up.
 */
export const demoProjectSpace = 'nvo-vid';
export const demoProjectSlug = 'pro-nvo-vid';

/**
 * NGOs whose people came: made-up ones with their seats (first, so that the people who came twice
 * from one organisation have a region), then the seeds' own, whose seats the seeds do not state.
 */
export const demoParticipantOrganisations: readonly { name: string; legalForm?: LegalForm; municipalityCode?: string }[] = [
	{ name: 'Društvo Digitalni most Celje', legalForm: 'association', municipalityCode: '011' },
	{ name: 'Zavod Spletna vas, so.p.', legalForm: 'private_institute', municipalityCode: '052' },
	{ name: 'Društvo Računalniški krožek Šalek', legalForm: 'association', municipalityCode: '133' },
	{ name: 'Zavod Klik za vse', legalForm: 'private_institute', municipalityCode: '070' },
	{ name: 'Društvo e-Seniorji Pomurja', legalForm: 'association', municipalityCode: '080' },
	{ name: 'Zveza društev za dostopni splet', legalForm: 'federation', municipalityCode: '061' },
	{ name: 'Ustanova Odprta znanja', legalForm: 'foundation', municipalityCode: '050' },
	{ name: 'Zadruga Skupni strežnik, z.o.o., so.p.', legalForm: 'cooperative', municipalityCode: '085' },
	{ name: 'Društvo Bralni kotiček Posavje', legalForm: 'association', municipalityCode: '009' },
	{ name: 'Zavod Tipkovnica, so.p.', legalForm: 'private_institute', municipalityCode: '084' },
	{ name: 'Zavod Inštitut za elektronsko participacijo' },
	{ name: 'Društvo LJUDMILA, laboratorij za znanost in umetnost' },
	{ name: 'Društvo za trajnostni razvoj Duh časa' },
	{ name: 'Zavod za medgeneracijsko sodelovanje Simbioza Genesis, so.p.' },
	{ name: 'Zavod MISSS – Mladinsko informativno svetovalno središče Slovenije' },
	{ name: 'Zavod TIP&TAP storitve, razvoj in izobraževanje so.p.' },
	{ name: 'Zavod Tri, zavod za trajnostne skupnostne prakse' },
	{ name: 'Kulturno izobraževalno društvo PiNA' },
	{ name: 'Društvo Asociacija' },
	{ name: 'Beletrina, zavod za založniško dejavnost' },
	{ name: 'SKUP – Skupnost privatnih zavodov' }
];

/** 34 made-up people (example.org addresses); the n-th works in organisation n mod 21. */
export const demoParticipants: readonly string[] = [
	'Ana Demšar',
	'Boris Kranjc',
	'Cvetka Golob',
	'Damjan Rozman',
	'Eva Zupančič',
	'Franc Oblak',
	'Gaja Kos',
	'Hana Jereb',
	'Igor Medved',
	'Jana Vidmar',
	'Klemen Hribar',
	'Lara Kolar',
	'Matej Petek',
	'Nina Žagar',
	'Oskar Bizjak',
	'Petra Kavčič',
	'Rok Turk',
	'Sara Mlakar',
	'Tilen Koren',
	'Urška Zorman',
	'Vid Kastelic',
	'Zala Pirc',
	'Žan Štrukelj',
	'Maja Jenko',
	'Luka Bergant',
	'Tina Vrhovnik',
	'Aljaž Sever',
	'Katja Rebernik',
	'Miha Gregorič',
	'Neža Šuštar',
	'Peter Dolinar',
	'Simona Krajnc',
	'Tomaž Leskovar',
	'Vesna Ambrož'
];

export const demoParticipantEmail = (name: string) =>
	`${name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ /g, '.')}@example.org`;

export const demoEvaluationQuestions: ActivityQuestion[] = [
	{
		id: 'rating',
		kind: 'rating',
		label: { sl: 'Kako ste bili zadovoljni z izobraževanjem?', en: 'How satisfied were you with the training?' },
		required: true
	},
	{
		id: 'improved_work',
		kind: 'yes_no',
		label: { sl: 'Ali se je s tem izboljšala učinkovitost vaše organizacije?', en: "Did it improve your organisation's effectiveness?" },
		required: true
	}
];

type DemoTraining = {
	slug: string;
	title: { sl: string; en: string };
	type: 'training' | 'workshop';
	sessions: { startsAt: string; endsAt: string; address: string; municipalityCode: string }[];
	/** Indexes into demoParticipants: together the four reach every one of the 34, some twice. */
	participants: number[];
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

export const demoTrainings: readonly DemoTraining[] = [
	{
		slug: 'e-storitve-javne-uprave-za-nevladne-organizacije',
		title: { sl: 'E-storitve javne uprave za nevladne organizacije', en: 'Public administration e-services for NGOs' },
		type: 'training',
		sessions: [
			{ startsAt: '2018-11-15T09:00:00+01:00', endsAt: '2018-11-15T14:00:00+01:00', address: 'Povšetova ulica 37, Ljubljana', municipalityCode: '061' }
		],
		participants: range(0, 9)
	},
	{
		slug: 'spletna-orodja-za-sodelovanje-v-nevladnih-organizacijah',
		title: { sl: 'Spletna orodja za sodelovanje v nevladnih organizacijah', en: 'Online collaboration tools for NGOs' },
		type: 'workshop',
		sessions: [
			{ startsAt: '2019-03-12T16:00:00+01:00', endsAt: '2019-03-12T19:00:00+01:00', address: 'Titov trg 1, Velenje', municipalityCode: '133' },
			{ startsAt: '2019-03-19T16:00:00+01:00', endsAt: '2019-03-19T19:00:00+01:00', address: 'Titov trg 1, Velenje', municipalityCode: '133' }
		],
		participants: [...range(10, 18), 0, 1]
	},
	{
		slug: 'e-podpis-in-e-vrocanje-v-praksi',
		title: { sl: 'E-podpis in e-vročanje v praksi', en: 'E-signatures and e-delivery in practice' },
		type: 'training',
		sessions: [
			{ startsAt: '2019-06-06T09:00:00+02:00', endsAt: '2019-06-06T13:00:00+02:00', address: 'Partizanska cesta 5, Maribor', municipalityCode: '070' }
		],
		participants: [...range(19, 26), 10, 11]
	},
	{
		slug: 'dostopne-spletne-strani-in-digitalna-vkljucenost',
		title: { sl: 'Dostopne spletne strani in digitalna vključenost', en: 'Accessible websites and digital inclusion' },
		type: 'workshop',
		sessions: [
			{ startsAt: '2019-10-17T10:00:00+02:00', endsAt: '2019-10-17T15:00:00+02:00', address: 'Kidričeva ulica 9, Nova Gorica', municipalityCode: '084' }
		],
		participants: [...range(27, 33), 19]
	}
];

export const demoInformationSocietyDay = {
	slug: 'dan-vkljucujoce-informacijske-druzbe-2019-za-internet-ljudi',
	title: { sl: 'Dan vključujoče informacijske družbe 2019 – Za internet ljudi', en: 'Inclusive Information Society Day 2019 – For an internet of people' },
	description: {
		sl: 'Ob svetovnem dnevu telekomunikacij in informacijske družbe, na dveh lokacijah hkrati.',
		en: 'On World Telecommunication and Information Society Day, in two places at once.'
	},
	sessions: [
		{
			startsAt: '2019-05-17T10:00:00+02:00',
			endsAt: '2019-05-17T14:00:00+02:00',
			address: 'Trg republike 3, Ljubljana',
			municipalityCode: '061',
			unnamedAttendees: 52
		},
		{
			startsAt: '2019-05-17T10:00:00+02:00',
			endsAt: '2019-05-17T14:00:00+02:00',
			address: 'Titov trg 1, Velenje',
			municipalityCode: '133',
			unnamedAttendees: 28
		}
	]
};

/** The project's indicators computed from these activities, with the seed's figures as targets. */
export const demoProjectIndicators = [
	{
		ruleId: 'activities.trainings_held',
		name: { sl: 'Izvedena izobraževanja in delavnice', en: 'Trainings and workshops held' },
		unit: 'izobraževanja',
		target: 4
	},
	{ ruleId: 'activities.training_participants', name: { sl: 'Udeleženci izobraževanj', en: 'Participants of trainings' }, unit: 'udeleženci', target: 34 },
	{ ruleId: 'activities.training_ngos', name: { sl: 'Nevladne organizacije udeležencev', en: "Participants' NGOs" }, unit: 'organizacije', target: 21 },
	{
		ruleId: 'activities.event_attendees',
		name: { sl: 'Udeleženci Dneva vključujoče informacijske družbe', en: 'Attendees of the Inclusive Information Society Day' },
		unit: 'udeleženci',
		target: 80
	}
] as const;
