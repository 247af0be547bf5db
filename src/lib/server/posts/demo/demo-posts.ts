/**
 * Dated posts of the demo spaces, in the words of the seeds. What a seed does not say (the hour of
 * publication, a short summary, the English words, the tags) is plain and generic; the publish
 * dates are the days the seeds name (the meeting, the end or start of a project).
 */
export type DemoPost = {
	kind: 'news' | 'announcement' | 'report';
	publishAt: string;
	/** The address of the related project of the space, if any. */
	project?: string;
	tags: string[];
	coverCredit?: { sl: string; en?: string };
	sl: { slug: string; title: string; summary: string; body: string };
	en?: { slug: string; title: string; summary: string; body: string };
};

export const demoPosts: Record<string, DemoPost[]> = {
	'nvo-vid': [
		{
			// seed 000: the annual meeting of 21 December 2021, its achievements and the network working without funds
			kind: 'report',
			publishAt: '2021-12-21T12:00:00+01:00',
			tags: ['letno srečanje', 'dosežki'],
			coverCredit: { sl: 'Hannah Busing (Unsplash)', en: 'Hannah Busing (Unsplash)' },
			sl: {
				slug: 'dosezki-mreze-nvo-vid-v-letu-2021',
				title: 'Dosežki mreže NVO-VID v letu 2021',
				summary: 'Na letnem srečanju mreže NVO-VID 21. decembra 2021 so bili predstavljeni dosežki mreže v letu 2021 in načrt dela za leto 2022.',
				body: [
					'Na letnem srečanju Mreže nevladnih organizacij za vključujočo informacijsko družbo (NVO-VID), ki je potekalo 21. decembra 2021, so bili predstavljeni dosežki mreže NVO-VID v letu 2021 in načrt dela za leto 2022. Med glavnimi dosežki mreže je bilo izpostavljeno prizadevanje za javni razpis za digitalno preobrazbo nevladnih in prostovoljskih organizacij ter povečanje vključenosti njihovih uporabnikov v informacijsko družbo 2021, ki je omogočil financiranje 47 projektov nevladnih organizacij v višini 4,5 milijona evrov. Mreža NVO-VID je pri tem kot pomembni razpisni področji zagovarjala informacijsko družbo (digitalizacijo) in dolgoživo družbo. Mreža je v letu 2021 delovala brez finančnih sredstev.',
					'Mreža NVO-VID se je v letu 2021 v skladu z letnim načrtom dela osredotočila na naslednja dva stebra aktivnosti:',
					'1. Profesionalizacija NVO sektorja na področju informacijske družbe (financiranje nevladnih organizacij in digitalizacija nevladnih organizacij).\n2. Zagovorništvo na področju informacijske družbe in digitalizacije (sodelovanje pri načrtovanju, pripravi in izvajanju politik ter predpisov in odzivanje na potrebe v javnem interesu na področju digitalizacije).',
					'Mreža NVO-VID je tudi v letu 2021 delovala brez finančnih sredstev.'
				].join('\n\n')
			},
			en: {
				slug: 'achievements-of-the-nvo-vid-network-in-2021',
				title: 'Achievements of the NVO-VID network in 2021',
				summary: "The network's achievements in 2021 and its work plan for 2022 were presented at the annual meeting of NVO-VID on 21 December 2021.",
				body: [
					'At the annual meeting of the Network of NGOs for an Inclusive Information Society (NVO-VID), held on 21 December 2021, the achievements of the NVO-VID network in 2021 and the work plan for 2022 were presented. Among the main achievements was the advocacy for the public call for the digital transformation of non-governmental and volunteer organisations and greater inclusion of their users in the information society 2021, which funded 47 NGO projects worth 4.5 million euros. The network advocated the information society (digitalisation) and the long-lived society as important fields of the call. In 2021 the network worked without funding.',
					'In 2021, following its annual work plan, the NVO-VID network focused on two pillars of activity:',
					'1. Professionalisation of the NGO sector in the field of the information society (funding of NGOs and digitalisation of NGOs).\n2. Advocacy in the field of the information society and digitalisation.',
					'In 2021 too the NVO-VID network worked without funding.'
				].join('\n\n')
			}
		},
		{
			// seed 001: the results of PRO-NVO-VID, as the seed states them
			kind: 'report',
			publishAt: '2019-12-31T12:00:00+01:00',
			project: 'pro-nvo-vid',
			tags: ['pro-nvo-vid', 'rezultati'],
			coverCredit: { sl: 'Vsebinska mreža nevladnih organizacij za vključujočo informacijsko družbo (29. november 2019)' },
			sl: {
				slug: 'dosezeni-rezultati-projekta-pro-nvo-vid',
				title: 'Doseženi rezultati projekta PRO-NVO-VID',
				summary: 'Učinki in rezultati projekta PRO-NVO-VID, ki ga je od 1. oktobra 2018 do 31. decembra 2019 sofinanciralo Ministrstvo za javno upravo.',
				body: [
					'Projekt »Profesionalizacija vsebinske mreže nevladnih organizacij za vključujočo informacijsko družbo (PRO-NVO-VID)« je v obdobju od 1. oktobra 2018 do 31. decembra 2019 sofinanciralo Ministrstvo za javno upravo v okviru javnega razpisa za sofinanciranje projektov razvoja in profesionalizacije nevladnih organizacij (NVO) in prostovoljstva.',
					'## Razvoj in profesionalizacija nevladnih organizacij',
					'- vzpostavljena 3 delovna mesta v treh nevladnih organizacijah;\n- izvedena 4 izobraževanja in delavnice za uporabo e-javnih storitev in spletnih orodij za 34 udeležencev iz 21 nevladnih organizacij;\n- informacijska podpora članicam mreže v zvezi z javnimi razpisi in prijavami nanje (3 članice so bile uspešne s prijavami).',
					'## Krepitev družbenega učinka NVO na področju informacijske družbe',
					'- organizacija Dneva vključujoče informacijske družbe 2019 »Za internet ljudi« v Ljubljani in Velenju, ki se ga je udeležilo skupaj 80 ljudi;\n- predstavitev manifesta »Za internet ljudi« na Dnevu vključujoče informacijske družbe 2019;\n- predstavljenih 15 projektov / dogodkov NVO na področju informacijske družbe.',
					'## Finančna vrednost projekta',
					'Celotna vrednost projekta je znašala 76.334,02 EUR. Vrednost financiranega dela projekta s strani Ministrstva za javno upravo je bila 60.000,00 EUR. Nosilec projekta IPAK ter projektna partnerja INePA in LJUDMILA so sofinancirali projekt z lastnimi sredstvi v višini 16.334,02 EUR.'
				].join('\n\n')
			}
		}
	],
	grozd: [
		{
			// seed 002: the hub's mission, in its words
			kind: 'announcement',
			publishAt: '2023-01-16T09:00:00+01:00',
			project: 'grozd-nvo',
			tags: ['poslanstvo'],
			sl: {
				slug: 'poslanstvo-regijskega-sticisca-grozd-nvo',
				title: 'Poslanstvo regijskega stičišča Grozd NVO',
				summary: 'Za kaj si prizadeva regijsko stičišče nevladnih organizacij gorenjske regije.',
				body: 'Poslanstvo regijskega stičišča Grozd NVO je prizadevanje za demokratično vključenost v procese odločanja, za enakopravno sodelovanje v medsektorskem povezovanju, za trajne in inovativne projekte, ki učinkovito krepijo civilno družbo in na transparenten način rešujejo lokalne/regionalne izzive.'
			}
		}
	],
	iskra: [
		{
			// seed 004: PiNA chosen as the hub of Istra and Kras, running the project from 1 October 2019
			kind: 'news',
			publishAt: '2019-10-01T09:00:00+02:00',
			project: 'sticisce-iskra',
			tags: ['stičišče'],
			sl: {
				slug: 'pina-je-sticisce-nvo-istre-in-krasa',
				title: 'ISKRA – Stičišče NVO Istre in Krasa začenja delo',
				summary: 'Kulturno izobraževalno društvo PiNA projekt stičišča izvaja od 1. oktobra 2019 do 30. septembra 2023.',
				body: 'Na Javnem razpisu za podporno okolje za razvoj nevladnih organizacij 2019-2023 Ministrstva za javno upravo je bilo kot stičišče za nevladne organizacije obalno-kraške regije izbrano Kulturno izobraževalno društvo PiNA, ki projekt izvaja od 1. oktobra 2019 do 30. septembra 2023.'
			}
		}
	],
	asociacija: [
		{
			// seed 003: the project and its key strands of activity
			kind: 'news',
			publishAt: '2023-03-01T09:00:00+01:00',
			project: 'kultura-za-ustvarjalen-razvoj',
			tags: ['zagovorništvo', 'kultura'],
			sl: {
				slug: 'kultura-za-ustvarjalen-razvoj',
				title: 'Kultura za ustvarjalen razvoj',
				summary: 'Projekt Asociacije za boljše pogoje delovanja nevladnikov v kulturi.',
				body: 'Projekt »Asociacija, mreža NVO v kulturi – Kultura za ustvarjalen razvoj«, ki ga delno financira Evropska unija iz Evropskega socialnega sklada, je nova stopnica v prizadevanju Asociacije, da kot vodilna zagovorniška organizacija na področju nevladnega sektorja v kulturi zagotovi boljše pogoje delovanja nevladnikov ter skupaj z njimi odpira nove možnosti prebojev ter priložnosti rasti celotnega sektorja.'
			}
		}
	]
};
