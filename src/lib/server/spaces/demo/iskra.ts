import type { SpaceInput } from '../spaces.schemas.ts';

/** Source: Stičišče Iskra – O stičišču Iskra (seed 004). */
export const iskra: SpaceInput = {
	slug: 'iskra',
	kind: 'regional_hub',
	name: {
		sl: 'ISKRA – Stičišče NVO Istre in Krasa',
		en: 'ISKRA – NGO hub of Istria and the Karst'
	},
	shortName: { sl: 'Iskra', en: 'Iskra' },
	regionCode: 'SI044',
	summary: {
		sl: 'ISKRA – Stičišče NVO Istre in Krasa je podporno okolje za nevladne organizacije, kot ga definira Zakon o nevladnih organizacijah – ZNOrg, in skrbi za skladen razvoj nevladnega sektorja obalno-kraške regije. Naslavlja identificiran družbeni potencial nevladnih organizacij in ga poskuša doseči z reševanjem trenutnih ovir, s katerimi se nevladni sektor v regiji sooča.',
		en: 'ISKRA – NGO hub of Istria and the Karst is a support environment for non-governmental organisations as defined by the Non-Governmental Organisations Act (ZNOrg), and it looks after the balanced development of the non-governmental sector of the Obalno-kraška region. It addresses the identified social potential of non-governmental organisations and tries to realise it by resolving the current obstacles that the non-governmental sector in the region faces.'
	},
	vision: {
		sl: 'Vizija Stičišča ISKRA predpostavlja nevladni sektor kot enega ključnih deležnikov ustvarjanja regije z najvišjo kakovostjo bivanja v Sloveniji in družbenih sprememb ter inovacij.',
		en: 'The vision of the ISKRA hub sees the non-governmental sector as one of the key stakeholders in creating the region with the highest quality of life in Slovenia, and in creating social change and innovation.'
	},
	strategicGoals: [
		{
			sl: 'Struktura omreženih stalno aktivnih NVO obalno-kraške regije za izzive in zagovarjanje sektorja',
			en: 'A structure of networked, continuously active NGOs of the Obalno-kraška region for tackling challenges and advocating for the sector'
		},
		{
			sl: 'Glavni spodbujevalec profesionalizacije nevladnega sektorja v obalno-kraški regiji',
			en: 'The main promoter of the professionalisation of the non-governmental sector in the Obalno-kraška region'
		},
		{
			sl: 'Regijski center za sodelovanje z nevladnim sektorjem',
			en: 'The regional centre for cooperation with the non-governmental sector'
		}
	],
	specificGoals: [
		{
			sl: 'Okrepiti informiranost, organizacijsko, strokovno in zagovorniško usposobljenost NVO',
			en: 'To strengthen how well NGOs are informed and their organisational, professional and advocacy capacity'
		},
		{
			sl: 'Prispevati k večji vlogi NVO pri oblikovanju lokalnih/regionalnih politik',
			en: 'To contribute to a greater role for NGOs in shaping local/regional policies'
		},
		{
			sl: 'Okrepiti čezsektorsko povezovanje in sodelovanje za reševanje lokalnih potreb',
			en: 'To strengthen cross-sectoral networking and cooperation to address local needs'
		}
	],
	approach: {
		sl: 'Svoji strateški usmeritvi bomo sledili s transparentnim in vključujočim delovanjem, odgovornim odnosom do družbe in okolja ter sodelovalnim pristopom pri iskanju in vzpostavljanju novih rešitev za izzive sodobnega časa.',
		en: 'We will follow our strategic direction through transparent and inclusive operation, a responsible attitude towards society and the environment, and a collaborative approach to finding and establishing new solutions to the challenges of our time.'
	},
	meansOfWork: [
		{
			kind: 'informing',
			description: {
				sl: 'Dobra in ciljna informiranost NVO je osnova, na kateri NVO gradijo svojo nadaljnjo pot.',
				en: 'Good and targeted information for NGOs is the foundation on which NGOs build their further path.'
			}
		},
		{
			kind: 'training',
			description: {
				sl: 'Celostna krepitev strokovne in organizacijske usposobljenosti NVO ter njihove usposobljenosti za zagovorništvo je nujna zato, da se zagotovi višjo kakovost izvajanih storitev, profesionalizacijo in razvoj nevladnega sektorja.',
				en: 'Comprehensive strengthening of the professional and organisational capacity of NGOs and of their capacity for advocacy is necessary to ensure a higher quality of the services they provide, and the professionalisation and development of the non-governmental sector.'
			}
		},
		{
			kind: 'networking',
			description: {
				sl: 'Le dobro omrežene NVO, ki sodelujejo z javnim in gospodarskim sektorjem, bodo lahko uspešno naslavljale regionalne izzive in priložnosti.',
				en: 'Only well-networked NGOs that cooperate with the public and business sectors will be able to successfully address regional challenges and opportunities.'
			}
		},
		{
			kind: 'advocacy',
			description: {
				sl: 'Preko zagovorniških akcij bomo v sodelovanju z drugimi deležniki in NVO poskrbeli za zagovarjanje potreb in izzivov nevladnega sektorja, iskali rešitve za izboljšanje pogojev njegovega delovanja in njegovega stanja, sooblikovali lokalne in regionalne politike.',
				en: 'Through advocacy actions, in cooperation with other stakeholders and NGOs, we will advocate for the needs and challenges of the non-governmental sector, seek solutions to improve its operating conditions and its situation, and help shape local and regional policies.'
			}
		}
	],
	hostOrganisations: [{ name: { sl: 'Kulturno izobraževalno društvo PiNA' }, role: 'operator' }],
	financers: [
		{
			name: { sl: 'Ministrstvo za javno upravo', en: 'Ministry of Public Administration' },
			website: 'https://www.mju.gov.si/'
		}
	]
};
