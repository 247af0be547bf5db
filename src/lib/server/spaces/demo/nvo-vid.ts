import type { SpaceInput } from '../spaces.schemas.ts';

const ipak = 'IPAK Inštitut za simbolno analizo in razvoj informacijskih tehnologij';

/** Sources: Dosežki mreže NVO-VID v letu 2021 (seed 000); Doseženi rezultati projekta PRO-NVO-VID (seed 001). */
export const nvoVid: SpaceInput = {
	slug: 'nvo-vid',
	kind: 'thematic_network',
	name: {
		sl: 'Mreža nevladnih organizacij za vključujočo informacijsko družbo',
		en: 'Network of Non-Governmental Organisations for an Inclusive Information Society'
	},
	shortName: { sl: 'NVO-VID', en: 'NVO-VID' },
	field: { sl: 'vključujoča informacijska družba', en: 'inclusive information society' },
	summary: {
		sl: 'Na letnem srečanju Mreže nevladnih organizacij za vključujočo informacijsko družbo (NVO-VID), ki je potekalo 21. decembra 2021, so bili predstavljeni dosežki mreže NVO-VID v letu 2021 in načrt dela za leto 2022. Med glavnimi dosežki mreže je bilo izpostavljeno prizadevanje za javni razpis za digitalno preobrazbo nevladnih in prostovoljskih organizacij ter povečanje vključenosti njihovih uporabnikov v informacijsko družbo 2021, ki je omogočil financiranje 47 projektov nevladnih organizacij v višini 4,5 milijona evrov. Mreža NVO-VID je pri tem kot pomembni razpisni področji zagovarjala informacijsko družbo (digitalizacijo) in dolgoživo družbo. Mreža je v letu 2021 delovala brez finančnih sredstev.',
		en: 'At the annual meeting of the Network of Non-Governmental Organisations for an Inclusive Information Society (NVO-VID), held on 21 December 2021, the achievements of the NVO-VID network in 2021 and its work plan for 2022 were presented. Among the main achievements of the network, its efforts for the 2021 public call for the digital transformation of non-governmental and volunteer organisations and for increasing the inclusion of their users in the information society were highlighted; the call made it possible to finance 47 projects of non-governmental organisations worth 4.5 million euros. In doing so, the NVO-VID network advocated for the information society (digitalisation) and the long-lived society as important areas of the call. In 2021 the network operated without financial resources.'
	},
	purpose: {
		sl: 'Zakon o nevladnih organizacijah (ZNOrg): vsebinske mreže nevladnih organizacij kot subjekt podpornega okolja nevladnega sektorja, ki združujejo in delujejo v korist NVOjem z vsebinsko istega področja (3. odstavek, 24. člena).',
		en: 'Non-Governmental Organisations Act (ZNOrg): thematic networks of non-governmental organisations as an entity of the support environment of the non-governmental sector, which bring together and work for the benefit of NGOs from the same thematic field (paragraph 3 of Article 24).'
	},
	strategicGoals: [
		{
			sl: 'Profesionalizacija NVO sektorja na področju informacijske družbe (financiranje nevladnih organizacij in digitalizacija nevladnih organizacij).',
			en: 'Professionalisation of the NGO sector in the field of the information society (financing of non-governmental organisations and digitalisation of non-governmental organisations).'
		},
		{
			sl: 'Zagovorništvo na področju informacijske družbe in digitalizacije (sodelovanje pri načrtovanju, pripravi in izvajanju politik ter predpisov in odzivanje na potrebe v javnem interesu na področju digitalizacije).',
			en: 'Advocacy in the field of the information society and digitalisation (participation in the planning, preparation and implementation of policies and regulations, and responding to needs in the public interest in the field of digitalisation).'
		}
	],
	specificGoals: [
		{
			sl: 'Digitalna SUVERENOST prebivalstva in digitalizacija NVO sektorja:\n– izvedba projekta »Prosto programje za digitalno vključenost nevladnih organizacij in uporabnikov«\n– vključevanje NVO v izvedbo ukrepa digitalni bon.',
			en: 'Digital SOVEREIGNTY of the population and digitalisation of the NGO sector:\n– implementation of the project “Free Software for the Digital Inclusion of Non-Governmental Organisations and Users”\n– inclusion of NGOs in the implementation of the digital voucher measure.'
		},
		{
			sl: 'Profesionalizacija NVO sektorja na področju informacijske družbe:\n– vzpostavitev Digitalnega središča nevladnih organizacij',
			en: 'Professionalisation of the NGO sector in the field of the information society:\n– establishment of the Digital Centre of Non-Governmental Organisations'
		}
	],
	meansOfWork: [
		{
			kind: 'informing',
			description: {
				sl: '– letni dogodek mreže Dan vključujoče informacijske družbe\n– spletna stran ter FB in Twitter profila mreže\n– informacijska podpora članicam mreže v zvezi z javnimi razpisi in prijavami nanje',
				en: '– the annual event of the network, Inclusive Information Society Day\n– the website and the Facebook and Twitter profiles of the network\n– information support to network members regarding public calls and applications to them'
			}
		},
		{
			kind: 'training',
			description: {
				sl: 'Izobraževanja in delavnice za uporabo e-javnih storitev in spletnih orodij.',
				en: 'Training sessions and workshops on the use of e-public services and online tools.'
			}
		},
		{
			kind: 'networking',
			description: {
				sl: '– vključevanje novih članic NVO\n– sodelovanje z EU mrežami',
				en: '– inclusion of new NGO members\n– cooperation with EU networks'
			}
		},
		{
			kind: 'advocacy',
			description: {
				sl: '– sodelovanje pri načrtovanju, pripravi in izvajanju politik ter predpisov in odzivanje na potrebe v javnem interesu na področju digitalizacije\n– dialog s pristojnimi ministrstvi\n– aktivnosti delovnih skupin mreže (Prosto programje in storitve, Izobraževanje v digitalni družbi, Umetna inteligenca, Politike in strategije digitalne preobrazbe)',
				en: '– participation in the planning, preparation and implementation of policies and regulations, and responding to needs in the public interest in the field of digitalisation\n– dialogue with the competent ministries\n– activities of the working groups of the network (Free Software and Services, Education in the Digital Society, Artificial Intelligence, Digital Transformation Policies and Strategies)'
			}
		}
	],
	hostOrganisations: [{ name: { sl: ipak }, role: 'operator' }],
	financers: [
		{
			name: { sl: 'Ministrstvo za javno upravo', en: 'Ministry of Public Administration' },
			role: { sl: 'sofinanciralo projekt PRO-NVO-VID', en: 'co-financed the PRO-NVO-VID project' },
			website: 'https://www.mju.gov.si/'
		}
	],
	supportProject: {
		title: {
			sl: 'Profesionalizacija vsebinske mreže nevladnih organizacij za vključujočo informacijsko družbo',
			en: 'Professionalisation of the thematic network of non-governmental organisations for an inclusive information society'
		},
		acronym: 'PRO-NVO-VID',
		call: {
			sl: 'Javni razpis za sofinanciranje projektov razvoja in profesionalizacije NVO in prostovoljstva 2018',
			en: 'Public call for co-financing projects for the development and professionalisation of NGOs and volunteering 2018'
		},
		funder: { sl: 'Ministrstvo za javno upravo', en: 'Ministry of Public Administration' },
		operator: { sl: ipak },
		startDate: '2018-10-01',
		endDate: '2019-12-31',
		totalValueCents: 7633402,
		fundedValueCents: 6000000,
		ownFundsCents: 1633402,
		problem: {
			sl: 'Projekt je naslovil problem šibke profesionalizacije in slabe razvitosti nevladnih organizacij na področju informacijske družbe in digitalizacije v Sloveniji.',
			en: 'The project addressed the problem of weak professionalisation and poor development of non-governmental organisations in the field of the information society and digitalisation in Slovenia.'
		},
		goal: {
			sl: 'Cilj projekta je bil izboljšati trajnost in okrepiti vsebinsko mrežo nevladnih organizacij na področju informacijske družbe (NVO-VID).',
			en: 'The goal of the project was to improve the sustainability of, and strengthen, the thematic network of non-governmental organisations in the field of the information society (NVO-VID).'
		},
		partners: [
			{ name: { sl: ipak }, role: 'lead_applicant' },
			{ name: { sl: 'Zavod Inštitut za elektronsko participacijo (INePA)' }, role: 'partner' },
			{ name: { sl: 'Društvo LJUDMILA, laboratorij za znanost in umetnost' }, role: 'partner' },
			{ name: { sl: 'Društvo za trajnostni razvoj Duh časa' }, role: 'associated_partner' },
			{ name: { sl: 'Zavod za medgeneracijsko sodelovanje Simbioza Genesis, so.p.' }, role: 'associated_partner' },
			{ name: { sl: 'Beletrina, zavod za založniško dejavnost' }, role: 'associated_partner' },
			{ name: { sl: 'Zavod MISSS – Mladinsko informativno svetovalno središče Slovenije' }, role: 'associated_partner' },
			{ name: { sl: 'Zavod TIP&TAP storitve, razvoj in izobraževanje so.p.' }, role: 'associated_partner' },
			{ name: { sl: 'Savinjsko-Šaleška gospodarska zbornica (SŠGZ)' }, role: 'associated_partner' }
		],
		results: [
			{
				title: {
					sl: 'Razvoj in profesionalizacija nevladnih organizacij',
					en: 'Development and professionalisation of non-governmental organisations'
				},
				items: [
					{
						sl: 'vzpostavljena 3 delovna mesta v treh nevladnih organizacijah, ki so neposredno povezana z delovanjem mreže NVO-VID kot podpornega okolja za nevladne organizacije na področju informacijske družbe in digitalizacije',
						en: '3 jobs created in three non-governmental organisations, directly linked to the operation of the NVO-VID network as a support environment for non-governmental organisations in the field of the information society and digitalisation'
					},
					{
						sl: 'izvedena 4 izobraževanja in delavnice za uporabo e-javnih storitev in spletnih orodij za 34 udeležencev iz 21 nevladnih organizacij, ki so ocenili, da se je s tem izboljšala učinkovitost njihovih organizacij',
						en: '4 training sessions and workshops held on the use of e-public services and online tools for 34 participants from 21 non-governmental organisations, who assessed that this improved the efficiency of their organisations'
					},
					{
						sl: 'informacijska podpora članicam mreže v zvezi z javnimi razpisi in prijavami nanje (3 članice so bile uspešne s prijavami)',
						en: 'information support to network members regarding public calls and applications to them (3 members applied successfully)'
					}
				]
			},
			{
				title: {
					sl: 'Razvoj storitev za naslavljanje potreb NVO',
					en: 'Development of services to address the needs of NGOs'
				},
				items: []
			},
			{
				title: {
					sl: 'Krepitev družbenega učinka NVO na področju informacijske družbe',
					en: 'Strengthening the social impact of NGOs in the field of the information society'
				},
				items: [
					{
						sl: 'organizacija Dneva vključujoče informacijske družbe 2019 “Za internet ljudi” ob mednarodnemu dnevu telekomunikacij in informacijske družbe v Ljubljani in Velenju, katerega se je na dveh lokacijah udeležilo skupaj 80 ljudi',
						en: 'organisation of the Inclusive Information Society Day 2019 “For the Internet of People”, marking World Telecommunication and Information Society Day, in Ljubljana and Velenje, attended by a total of 80 people at the two locations'
					},
					{
						sl: 'predstavitev manifesta »Za internet ljudi« (za digitalizacijo z vrednotami in socialno pravičen internet) na Dnevu vključujoče informacijske družbe 2019',
						en: 'presentation of the manifesto “For the Internet of People” (for digitalisation with values and a socially just internet) at the Inclusive Information Society Day 2019'
					},
					{
						sl: 'predstavljenih 15 projektov / dogodkov NVO na področju informacijske družbe prek spletne strani mreže in profilov na družbenih omrežjih',
						en: '15 NGO projects / events in the field of the information society presented via the website of the network and its social media profiles'
					}
				]
			}
		],
		contributions: [
			{
				title: { sl: 'Strategija razvoja Slovenije 2030', en: 'Slovenian Development Strategy 2030' },
				items: [
					{
						sl: 'razvijanje digitalne pismenosti ter opolnomočenje prebivalcev za uporabo najnovejših tehnologij in s tem zmanjševanje digitalne vrzeli (razvojni cilj 2 Znanje in spretnosti za kakovostno življenje in delo)',
						en: 'developing digital literacy and empowering residents to use the latest technologies, thereby reducing the digital divide (development goal 2, Knowledge and skills for a high quality of life and work)'
					},
					{
						sl: 'oblikovanje prijaznih, dostopnih, preglednih in učinkovitih javnih storitev ter hkratno izkoriščanje možnosti digitalizacije (razvojni cilj 12 Učinkovito upravljanje in kakovostne javne storitve)',
						en: 'designing user-friendly, accessible, transparent and efficient public services while making use of the opportunities of digitalisation (development goal 12, Effective governance and high-quality public services)'
					}
				]
			},
			{
				title: { sl: 'Strategija Digitalna Slovenija 2020', en: 'Digital Slovenia 2020 strategy' },
				items: [
					{
						sl: 'dvig splošnega zavedanja o pomenu IKT in interneta za razvoj družbe (cilj)',
						en: 'raising general awareness of the importance of ICT and the internet for the development of society (goal)'
					},
					{
						sl: 'intenzivna in inovativna uporaba IKT in interneta v vseh segmentih družbe (cilj)',
						en: 'intensive and innovative use of ICT and the internet in all segments of society (goal)'
					},
					{
						sl: 'cilj vključujoča digitalna družba – ukrep podpora aktivnostim nevladnih organizacij za razvoj vključujoče digitalne družbe',
						en: 'goal: inclusive digital society – measure: support for the activities of non-governmental organisations for the development of an inclusive digital society'
					},
					{
						sl: 'nevladne organizacije kot deležnik pri povezovanju na medresorski in medsektorski ravni (iskanje sinergij in delovanje Slovenske digitalne koalicije)',
						en: 'non-governmental organisations as a stakeholder in linking up at the inter-ministerial and cross-sectoral level (seeking synergies and the work of the Slovenian Digital Coalition)'
					},
					{
						sl: 'povečevanje učinkovitosti, konkurenčnosti, dostopnosti in transparentnosti NVO sektorja s pomočjo digitalizacije',
						en: 'increasing the efficiency, competitiveness, accessibility and transparency of the NGO sector through digitalisation'
					}
				]
			},
			{
				title: {
					sl: 'Strategija razvoja nevladnih organizacij in prostovoljstva',
					en: 'Strategy for the Development of Non-Governmental Organisations and Volunteering'
				},
				items: [
					{
						sl: 'nadaljnji razvoj mreže subjektov podpornega okolja za nevladne organizacije ter ciljno razvijanje njihovih dejavnosti in storitev, ki krepijo inovacijski in razvojni potencial NVO v Sloveniji',
						en: 'further development of the network of support environment entities for non-governmental organisations and targeted development of their activities and services that strengthen the innovation and development potential of NGOs in Slovenia'
					},
					{
						sl: 'okrepljena vloga NVO pri načrtovanju in izvajanju javnih politik na lokalni in nacionalni ravni (ukrep »Spodbujanje sodelovanja NVO v Slovenski digitalni koaliciji«, ki vključuje pripravo in izvedba različnih aktivnosti na področju informacijske družbe)',
						en: 'a strengthened role of NGOs in the planning and implementation of public policies at the local and national level (the measure “Encouraging the participation of NGOs in the Slovenian Digital Coalition”, which includes the preparation and implementation of various activities in the field of the information society)'
					},
					{
						sl: 'vloga in prispevek nevladnih organizacij na področju digitalizacije',
						en: 'the role and contribution of non-governmental organisations in the field of digitalisation'
					}
				]
			},
			{
				title: { sl: 'Zakon o nevladnih organizacijah (ZNOrg)', en: 'Non-Governmental Organisations Act (ZNOrg)' },
				items: [
					{
						sl: 'vsebinske mreže nevladnih organizacij kot subjekt podpornega okolja nevladnega sektorja, ki združujejo in delujejo v korist NVOjem z vsebinsko istega področja (3. odstavek, 24. člena)',
						en: 'thematic networks of non-governmental organisations as an entity of the support environment of the non-governmental sector, which bring together and work for the benefit of NGOs from the same thematic field (paragraph 3 of Article 24)'
					}
				]
			}
		]
	}
};
