import type { SpaceInput } from '../spaces.schemas.ts';

/** Source: Kultura za ustvarjalen razvoj (seed 003). */
export const asociacija: SpaceInput = {
	slug: 'asociacija',
	kind: 'thematic_network',
	name: { sl: 'Asociacija, mreža NVO v kulturi', en: 'Asociacija, network of NGOs in culture' },
	shortName: { sl: 'Asociacija', en: 'Asociacija' },
	field: { sl: 'kultura', en: 'culture' },
	summary: {
		sl: 'Projekt »Asociacija, mreža NVO v kulturi – Kultura za ustvarjalen razvoj«, ki ga delno financira Evropska unija iz Evropskega socialnega sklada, je nova stopnica v prizadevanju Asociacije, da kot vodilna zagovorniška organizacija na področju nevladnega sektorja v kulturi zagotovi boljše pogoje delovanja nevladnikov ter skupaj z njimi odpira nove možnosti prebojev ter priložnosti rasti celotnega sektorja.',
		en: 'The project “Asociacija, network of NGOs in culture – Culture for creative development”, partly financed by the European Union from the European Social Fund, is a new step in the efforts of Asociacija, as the leading advocacy organisation in the non-governmental sector in culture, to secure better operating conditions for NGO practitioners and, together with them, to open up new possibilities for breakthroughs and opportunities for the growth of the entire sector.'
	},
	socialChallenge: {
		sl: 'Projekt izhaja iz potreb široke in pluralne mreže NVO v kulturi, katere nosilec je že več let Društvo Asociacija. Hkrati naslavlja temeljne družbene izzive na področju razvoja, zaposlovanja, izobraževanja, mladih itn., z iskanjem aktivnejše vloge NVO v kulturi – tako prek oblikovanja sistemskih (zakonodajnih oz. strateških) in konkretnih (partnerskih oz. projektnih) pobud in rešitev.',
		en: 'The project stems from the needs of the broad and plural network of NGOs in culture, which has been led for many years by Društvo Asociacija. At the same time, it addresses fundamental social challenges in the areas of development, employment, education, youth, etc., by seeking a more active role for NGOs in culture – through shaping both systemic (legislative or strategic) and concrete (partnership or project) initiatives and solutions.'
	},
	approach: {
		sl: 'Ključna prioriteta predlaganih aktivnosti je usmerjenost v iskanje priložnosti in razvijanje konkretnih, razvojno usmerjenih in inovativnih pristopov za naslavljanje temeljnih izzivov NVO in družbe skozi oblikovanje bolj usklajenih sistemskih pristopov, skupnih pobud in projektov ter novih storitev, ki bodo predstavljali tako nove načine naslavljanja družbenih problemov kot zagotavljanja trajnostnih rešitev za financiranje nevladnih organizacij.',
		en: 'The key priority of the proposed activities is a focus on seeking opportunities and developing concrete, development-oriented and innovative approaches to addressing the fundamental challenges of NGOs and society through the formation of more coordinated systemic approaches, joint initiatives and projects, and new services, which will represent both new ways of addressing social problems and of ensuring sustainable solutions for the financing of non-governmental organisations.'
	},
	meansOfWork: [
		{
			kind: 'advocacy',
			description: {
				sl: 'Zagovorništvo, ki je usmerjeno v vplivanje na javne politike s ciljem izboljšanja pravnega in sistemskega okolja za delovanje in razvoj NVO v kulturi ter iskanja novih priložnosti za vzpostavitev bolj razvojno naravnanega partnerstva z javnimi institucijami, krepitvi zagovorništva na lokalni ravni ter širitvi zagovorništva izven polja kulture.',
				en: 'Advocacy aimed at influencing public policies with the goal of improving the legal and systemic environment for the operation and development of NGOs in culture and of finding new opportunities to establish a more development-oriented partnership with public institutions, strengthening advocacy at the local level and extending advocacy beyond the field of culture.'
			}
		},
		{
			kind: 'training',
			description: {
				sl: 'Usposabljanje, ki je usmerjeno v:\n– krepitev sposobnosti za pripravo kakovostnih strokovnih analiz in podlag za zagovorništvo in identifikacijo, spremljanje in vrednotenje politik ter nadgradnjo mehanizmov komuniciranja, strateškega načrtovanja ter učinkovitejšega in bolj vključujočega usklajevanja mnenj in stališč znotraj mreže,\n– večji usposobljenosti za oblikovanje med-sektorskih partnerstev, razvoj novih storitev, projektov in pobud, izvajanje (javnih) storitev ter doseganje učinkovitejšega delovanja z usvojitvijo znanj in veščin s področja organizacijskega razvoja',
				en: 'Training aimed at:\n– strengthening the ability to prepare high-quality expert analyses and groundwork for advocacy and for the identification, monitoring and evaluation of policies, and upgrading the mechanisms of communication, strategic planning and more effective and more inclusive coordination of opinions and positions within the network,\n– greater competence in forming cross-sectoral partnerships, developing new services, projects and initiatives, delivering (public) services and achieving more effective operation by acquiring knowledge and skills in the field of organisational development'
			}
		},
		{
			kind: 'networking',
			description: {
				sl: 'Krepitev povezovanja NVO v kulturi: z zagotavljanjem večje kohezivnosti in izmenjav znotraj mreže, vzpostavljanjem tesnejšega sodelovanja z drugimi NVO, ter oblikovanjem razvojno naravnanih partnerstev z javnim in zasebnim sektorjem.',
				en: 'Strengthening the networking of NGOs in culture: by ensuring greater cohesion and exchange within the network, establishing closer cooperation with other NGOs, and forming development-oriented partnerships with the public and private sectors.'
			}
		}
	],
	hostOrganisations: [{ name: { sl: 'Društvo Asociacija' }, role: 'operator' }],
	financers: [
		{
			name: { sl: 'Evropska unija', en: 'European Union' },
			role: { sl: 'delno financira projekt', en: 'partly finances the project' },
			programme: {
				fund: { sl: 'Evropski socialni sklad', en: 'European Social Fund' },
				programme: {
					sl: 'Operativni program za izvajanje Evropske kohezijske politike v obdobju 2014–2020',
					en: 'Operational Programme for the Implementation of the European Cohesion Policy in the period 2014–2020'
				},
				priorityAxis: { code: '11' },
				investmentPriority: {
					code: '2.11.4',
					title: {
						sl: 'Krepitev zmogljivosti za vse zainteresirane strani, ki izvajajo politike na področju izobraževanja, vseživljenjskega učenja, usposabljanja in zaposlovanja ter socialnih zadev, vključno prek sektorskih in teritorialnih dogovorov za spodbujanje reform na nacionalni, regionalni in lokalni ravni',
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
		}
	],
	contact: { person: 'Anela Bešo', email: 'anela.beso@asociacija.si' }
};
