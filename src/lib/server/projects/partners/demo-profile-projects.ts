import type { ProfileProjectInput } from '../details/profile-project.schemas.ts';

const ipak = 'IPAK Inštitut za simbolno analizo in razvoj informacijskih tehnologij';

/**
 * The projects the demo spaces' profiles held (seeds 001–004), as they were written there: the demo
 * loader makes each a project and spreads it over the projects' tables by the same move that
 * migration 0023 starts for a real database, so the demo shows what an upgrade produces.
 */
export const demoProfileProjects: Record<string, ProfileProjectInput> = {
	grozd: {
		title: {
			sl: 'Grozd nevladnih organizacij gorenjske',
			en: 'Grozd of non-governmental organisations of the Gorenjska region'
		},
		// the issue states Grozd's support project ended in 2023; seed 002 gives no dates, so the end is
		// taken to be that of the call that selected the regional hubs (Iskra's, seed 004) and the start is left unknown
		endDate: '2023-09-30',
		funder: {
			sl: 'Evropska unija iz Evropskega socialnega sklada',
			en: 'European Union from the European Social Fund'
		}
	},
	iskra: {
		title: { sl: 'Stičišče ISKRA', en: 'ISKRA hub' },
		call: {
			sl: 'Javni razpis za podporno okolje za razvoj nevladnih organizacij 2019-2023',
			en: 'Public call for the support environment for the development of non-governmental organisations 2019-2023'
		},
		funder: { sl: 'Ministrstvo za javno upravo', en: 'Ministry of Public Administration' },
		operator: { sl: 'Kulturno izobraževalno društvo PiNA' },
		startDate: '2019-10-01',
		endDate: '2023-09-30',
		totalValueCents: 33461393
	},
	asociacija: {
		title: {
			sl: 'Asociacija, mreža NVO v kulturi – Kultura za ustvarjalen razvoj',
			en: 'Asociacija, network of NGOs in culture – Culture for creative development'
		},
		funder: {
			sl: 'Evropska unija iz Evropskega socialnega sklada',
			en: 'European Union from the European Social Fund'
		},
		startDate: '2015-10-30',
		endDate: '2019-09-30'
	},
	// seed 001 names IPAK the applicant, not the network's operator: the profile's "operator" is left out
	'nvo-vid': {
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
