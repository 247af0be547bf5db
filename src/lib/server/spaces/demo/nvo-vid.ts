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
	]
};
