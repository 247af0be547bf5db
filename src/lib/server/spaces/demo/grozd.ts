import type { SpaceInput } from '../spaces.schemas.ts';

/** Source: Grozd – stičišče nevladnih organizacij gorenjske regije (seed 002). */
export const grozd: SpaceInput = {
	slug: 'grozd',
	kind: 'regional_hub',
	name: {
		sl: 'Grozd – stičišče nevladnih organizacij gorenjske regije',
		en: 'Grozd – hub of non-governmental organisations of the Gorenjska region'
	},
	shortName: { sl: 'Grozd NVO', en: 'Grozd NGO' },
	regionCode: 'SI042',
	mission: {
		sl: 'Poslanstvo regijskega stičišča Grozd NVO je prizadevanje za demokratično vključenost v procese odločanja, za enakopravno sodelovanje v medsektorskem povezovanju, za trajne in inovativne projekte, ki učinkovito krepijo civilno družbo in na transparenten način rešujejo lokalne/regionalne izzive.',
		en: 'The mission of the Grozd NVO regional hub is to strive for democratic inclusion in decision-making processes, for equal participation in cross-sectoral cooperation, and for lasting and innovative projects that effectively strengthen civil society and resolve local/regional challenges in a transparent way.'
	},
	socialChallenge: {
		sl: 'Poslanstvo Grozd NVO sovpada z družbenim izzivom gorenjskih NVO. Relativno šibka zmogljivost NVO za zagovorništvo pri oblikovanju politik, predpisov in ukrepov, organizacijska, kadrovska in finančna podhranjenost lokalnih in regionalnih NVO, posledično pa tudi ovire pri zagotavljanju trajnosti poslovanja, šibka vloga NVO pri izvajanju javnih storitev ter neizkoriščen potencial na področju čezsektorskega sodelovanja, povezovanja in vzpostavljanja partnerstev so ključni izzivi gorenjskih NVO. Sektorska šibkost NVO na Gorenjskem pomeni oviro tudi za skladen regionalni razvoj regije, saj študije in analize v okviru Evropske unije ugotavljajo neposredno korelacijo med šibkostjo NVO sektorja in skladnim razvojem.',
		en: 'The mission of Grozd NVO coincides with the social challenge facing NGOs in Gorenjska. The relatively weak capacity of NGOs for advocacy in shaping policies, regulations and measures, the organisational, staffing and financial under-resourcing of local and regional NGOs and, as a consequence, obstacles to ensuring the sustainability of their operations, the weak role of NGOs in delivering public services, and the untapped potential for cross-sectoral cooperation, networking and building partnerships are the key challenges of NGOs in Gorenjska. The sectoral weakness of NGOs in Gorenjska is also an obstacle to the balanced regional development of the region, as studies and analyses within the European Union find a direct correlation between the weakness of the NGO sector and balanced development.'
	},
	purpose: {
		sl: 'Zato želimo s projektom regijskega stičišča Grozd NVO okrepiti zmogljivosti NVO v regiji za zagovorništvo, izvajanje javnih storitev ter aktivnejšo vlogo v čezsektorskih partnerstvih. Rezultati v okviru stičišča so usmerjeni k bolj angažirani ter trajnostno usmerjeni civilni družbi (ter znotraj nje še posebej k bolj angažiranim NVO, k zagotavljanju dobrih pogojev za delovanje NVO in razvijanje njihovih potencialov razvoja), medsektorskem povezovanju za reševanje lokalnih izzivov,',
		en: 'We therefore want the Grozd NVO regional hub project to strengthen the capacities of NGOs in the region for advocacy, for delivering public services and for a more active role in cross-sectoral partnerships. The results of the hub are directed towards a more engaged and sustainability-oriented civil society (and within it especially towards more engaged NGOs, towards ensuring good conditions for the operation of NGOs and the development of their potential), towards cross-sectoral cooperation to resolve local challenges,'
	},
	generalGoal: {
		sl: 'Splošen cilj projekta stičišča je, da v prihodnjih 5 letih postanemo razvijalci skupnosti.',
		en: 'The general goal of the hub project is for us to become community developers within the next 5 years.'
	},
	strategicGoals: [
		{
			sl: 'Notranji razvoj stičišča še posebej na področju strukture organizacije, grajenja uspešnega partnerstva, finančne stabilnosti, upravljanja s človeškimi viri, komunikacije, inovativnosti.',
			en: 'Internal development of the hub, especially in the areas of organisational structure, building a successful partnership, financial stability, human resource management, communication and innovation.'
		},
		{
			sl: 'Okrepiti zagovorniške zmogljivosti stičišča in NVO za doseganje načrtovanih sprememb lokalnih politik.',
			en: 'To strengthen the advocacy capacities of the hub and of NGOs in order to achieve the planned changes to local policies.'
		},
		{
			sl: 'Okrepiti partnerstva s ključnimi deležniki za naslavljanje lokalnih potreb in izzivov ter izvajanja projektov in javnih storitev (občine, razvojne agencije, domači in tuji NVO, gospodarske družbe).',
			en: 'To strengthen partnerships with key stakeholders in order to address local needs and challenges and to carry out projects and public services (municipalities, development agencies, domestic and foreign NGOs, companies).'
		}
	],
	approach: {
		sl: 'Splošne, strateške in specifične cilje bomo dosegali z inovativnimi pristopi ter koraki kot so dosledno identificiranje NVO s potencialom ter delo z njimi, z vključujočimi ter demokratičnimi zagovorniškimi procesi, kje bodo sodelovali vsi relevantni deležniki, inovativnim medsektorskim povezovanjem za reševanje lokalnih potreb in okrepljenostjo kapacitet stičišča, ki temelji na njegovi zastavljeni viziji.',
		en: 'We will achieve the general, strategic and specific goals through innovative approaches and steps such as consistently identifying NGOs with potential and working with them, inclusive and democratic advocacy processes in which all relevant stakeholders will take part, innovative cross-sectoral cooperation to address local needs, and strengthened capacities of the hub, based on its stated vision.'
	},
	hostOrganisations: [
		{ name: { sl: 'SKUP – Skupnost privatnih zavodov' }, role: 'host' },
		{ name: { sl: 'Zavod Tri, zavod za trajnostne skupnostne prakse' }, role: 'host' }
	],
	financers: [
		{
			name: { sl: 'Evropska unija', en: 'European Union' },
			role: { sl: 'sofinancira projekt', en: 'co-finances the project' },
			programme: {
				fund: { sl: 'Evropski socialni sklad', en: 'European Social Fund' },
				programme: {
					sl: 'Operativni program za izvajanje Evropske kohezijske politike v obdobju 2014–2020',
					en: 'Operational Programme for the Implementation of the European Cohesion Policy in the period 2014–2020'
				},
				priorityAxis: { code: '11' },
				investmentPriority: {
					code: '11.4',
					title: {
						sl: 'Krepitev zmogljivosti za vse zainteresirane strani, ki izvajajo politike na področju izobraževanja, vseživljenjskega učenja, usposabljanja in zaposlovanja ter socialnih zadev vključno prek sektorskih in teritorialnih dogovorov za spodbujanje reform na nacionalni, regionalni in lokalni ravni',
						en: 'Capacity building for all stakeholders delivering education, lifelong learning, training and employment and social policies, including through sectoral and territorial pacts to mobilise for reform at national, regional and local levels'
					}
				},
				specificObjective: {
					code: '1',
					title: {
						sl: 'Okrepljena zmogljivost nevladnih organizacij za zagovorništvo in izvajanje javnih storitev',
						en: 'Strengthened capacity of non-governmental organisations for advocacy and the delivery of public services'
					}
				}
			}
		},
		{
			name: {
				sl: 'Služba Vlade RS za razvoj in evropsko kohezijsko politiko',
				en: 'Government Office of the Republic of Slovenia for Development and European Cohesion Policy'
			},
			website: 'https://www.svrk.gov.si/'
		},
		{
			name: { sl: 'Ministrstvo za javno upravo', en: 'Ministry of Public Administration' },
			website: 'https://www.mju.gov.si/'
		}
	],
	website: 'http://www.grozd.si/'
};
