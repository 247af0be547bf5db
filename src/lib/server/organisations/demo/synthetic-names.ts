import type { LegalForm } from '../../../reference/legal-forms.ts';

/**
 * Name patterns of Slovenian NGOs, as the real registry has them, for synthetic data only.
 * `{place}` is a municipality or a settlement in it, `{element}` a word used as a name,
 * `{cause}` what an institute or foundation is for (in the accusative, after "za").
 */
export type NamePattern = {
	name: string;
	shortName?: string;
	/** The field of work the pattern implies; a `{cause}` brings its own. */
	fields: readonly string[];
	/** Relative frequency within its legal form. */
	weight: number;
	/** How often such an organisation holds public-interest status in its first field. */
	publicInterest: number;
};

export const namePatterns: Record<Exclude<LegalForm, 'other_ngo' | 'public_body' | 'municipality' | 'company' | 'international'>, readonly NamePattern[]> = {
	association: [
		{ name: 'Prostovoljno gasilsko društvo {place}', shortName: 'PGD {place}', fields: ['protection_rescue'], weight: 9, publicInterest: 0.6 },
		{ name: 'Športno društvo {element} {place}', shortName: 'ŠD {element}', fields: ['sport'], weight: 12, publicInterest: 0.05 },
		{ name: 'Kulturno društvo {element} {place}', shortName: 'KD {element}', fields: ['culture'], weight: 8, publicInterest: 0.1 },
		{ name: 'Kulturno umetniško društvo {place}', shortName: 'KUD {place}', fields: ['culture'], weight: 4, publicInterest: 0.1 },
		{ name: 'Turistično društvo {place}', shortName: 'TD {place}', fields: ['tourism'], weight: 5, publicInterest: 0.05 },
		{ name: 'Društvo upokojencev {place}', shortName: 'DU {place}', fields: ['older_people'], weight: 5, publicInterest: 0.05 },
		{ name: 'Lovska družina {place}', shortName: 'LD {place}', fields: ['environment'], weight: 3, publicInterest: 0.02 },
		{ name: 'Planinsko društvo {place}', shortName: 'PD {place}', fields: ['sport', 'environment'], weight: 3, publicInterest: 0.1 },
		{ name: 'Čebelarsko društvo {place}', fields: ['agriculture_rural'], weight: 2, publicInterest: 0.02 },
		{ name: 'Nogometni klub {place}', shortName: 'NK {place}', fields: ['sport'], weight: 3, publicInterest: 0.02 },
		{ name: 'Košarkarski klub {element} {place}', shortName: 'KK {element}', fields: ['sport'], weight: 2, publicInterest: 0.02 },
		{ name: 'Društvo prijateljev mladine {place}', shortName: 'DPM {place}', fields: ['youth', 'family'], weight: 2, publicInterest: 0.2 },
		{ name: 'Mladinsko društvo {element} {place}', fields: ['youth'], weight: 3, publicInterest: 0.05 },
		{ name: 'Društvo invalidov {place}', fields: ['disability', 'social_care'], weight: 2, publicInterest: 0.2 },
		{ name: 'Društvo kmetic {place}', fields: ['agriculture_rural'], weight: 1, publicInterest: 0.02 },
		{ name: 'Društvo za varstvo okolja {place}', fields: ['environment'], weight: 1, publicInterest: 0.1 },
		{ name: 'Društvo za zaščito živali {place}', fields: ['animal_protection'], weight: 1, publicInterest: 0.05 },
		{ name: 'Društvo veteranov vojne za Slovenijo {place}', fields: ['veterans'], weight: 1, publicInterest: 0.3 },
		{ name: 'Glasbeno društvo {element}', fields: ['culture'], weight: 2, publicInterest: 0.05 },
		{ name: 'Plesni klub {element} {place}', fields: ['sport', 'culture'], weight: 2, publicInterest: 0.02 },
		{ name: 'Kolesarsko društvo {element} {place}', fields: ['sport'], weight: 2, publicInterest: 0.02 },
		{ name: 'Društvo {element}, društvo za {cause}', fields: [], weight: 6, publicInterest: 0.05 },
		{ name: 'Društvo {element} {place}', fields: [], weight: 5, publicInterest: 0.03 }
	],
	federation: [
		{ name: 'Zveza kulturnih društev {place}', shortName: 'ZKD {place}', fields: ['culture'], weight: 3, publicInterest: 0.3 },
		{ name: 'Športna zveza {place}', fields: ['sport'], weight: 3, publicInterest: 0.1 },
		{ name: 'Gasilska zveza {place}', shortName: 'GZ {place}', fields: ['protection_rescue'], weight: 3, publicInterest: 0.6 },
		{ name: 'Zveza društev upokojencev {place}', fields: ['older_people'], weight: 1, publicInterest: 0.1 },
		{ name: 'Zveza prijateljev mladine {place}', shortName: 'ZPM {place}', fields: ['youth', 'family'], weight: 1, publicInterest: 0.3 },
		{ name: 'Zveza {element}, zveza društev za {cause}', fields: [], weight: 2, publicInterest: 0.1 }
	],
	private_institute: [
		{ name: 'Zavod za {cause} {element}', fields: [], weight: 5, publicInterest: 0.05 },
		{ name: '{element}, zavod za {cause}', fields: [], weight: 5, publicInterest: 0.05 },
		{ name: 'Zavod {element} {place}', fields: [], weight: 3, publicInterest: 0.03 },
		{ name: 'Inštitut za {cause} {element}', fields: [], weight: 2, publicInterest: 0.05 },
		{ name: 'Mladinski center {element} {place}', fields: ['youth'], weight: 1, publicInterest: 0.2 },
		{ name: 'Zavod Stičišče {place}, zavod za razvoj nevladnih organizacij', fields: ['ngo_development'], weight: 0.2, publicInterest: 0.1 },
		{ name: 'Zavod {element}, zavod za kulturo in umetnost', fields: ['culture'], weight: 2, publicInterest: 0.1 }
	],
	foundation: [
		{ name: 'Ustanova {element}', fields: [], weight: 2, publicInterest: 0.3 },
		{ name: 'Ustanova za {cause} {element}', fields: [], weight: 2, publicInterest: 0.3 },
		{ name: 'Ustanova – fundacija {element} {place}', fields: [], weight: 1, publicInterest: 0.3 }
	],
	cooperative: [
		{ name: '{element}, zadruga za {cause}, z.o.o., so.p.', fields: [], weight: 1, publicInterest: 0 },
		{ name: 'Zadruga {element} {place}, z.o.o.', fields: ['agriculture_rural'], weight: 1, publicInterest: 0 }
	]
};

/** Causes in the accusative ("Zavod za …") with the field of work each implies. */
export const causes: readonly { text: string; field: string }[] = [
	{ text: 'kulturo in umetnost', field: 'culture' },
	{ text: 'izobraževanje in razvoj', field: 'education' },
	{ text: 'izobraževanje odraslih', field: 'education' },
	{ text: 'trajnostni razvoj', field: 'environment' },
	{ text: 'varstvo narave', field: 'environment' },
	{ text: 'razvoj podeželja', field: 'agriculture_rural' },
	{ text: 'pomoč starejšim', field: 'older_people' },
	{ text: 'medgeneracijsko sodelovanje', field: 'older_people' },
	{ text: 'mladinsko delo', field: 'youth' },
	{ text: 'zaščito živali', field: 'animal_protection' },
	{ text: 'človekove pravice', field: 'human_rights' },
	{ text: 'razvoj informacijske družbe', field: 'information_society' },
	{ text: 'socialno vključenost', field: 'social_care' },
	{ text: 'socialno podjetništvo', field: 'social_care' },
	{ text: 'zdravje in dobro počutje', field: 'health' },
	{ text: 'šport in rekreacijo', field: 'sport' },
	{ text: 'turizem in dediščino', field: 'tourism' },
	{ text: 'pomoč družinam', field: 'family' },
	{ text: 'razvoj prostovoljstva', field: 'ngo_development' },
	{ text: 'razvoj nevladnih organizacij', field: 'ngo_development' },
	{ text: 'pomoč invalidom', field: 'disability' },
	{ text: 'raziskovanje in razvoj', field: 'science' },
	{ text: 'razvojno sodelovanje', field: 'development_cooperation' },
	{ text: 'varstvo potrošnikov', field: 'consumer_protection' }
];

/** Words used as names of societies and institutes. */
export const nameElements: readonly string[] = [
	'Sokol',
	'Partizan',
	'Svoboda',
	'Triglav',
	'Mladost',
	'Zarja',
	'Lipa',
	'Sonce',
	'Preporod',
	'Vesna',
	'Slovan',
	'Kres',
	'Zvon',
	'Javor',
	'Bor',
	'Brinje',
	'Gaj',
	'Studenec',
	'Radost',
	'Sinica',
	'Lastovka',
	'Jelka',
	'Klas',
	'Planika',
	'Encijan',
	'Murka',
	'Zlatorog',
	'Kurent',
	'Pomlad',
	'Mavrica',
	'Zvezda',
	'Luna',
	'Val',
	'Most',
	'Korak',
	'Odmev',
	'Utrip',
	'Ritem',
	'Prijatelj',
	'Skupaj',
	'Korenine',
	'Obzorje',
	'Sozvočje',
	'Harmonija',
	'Vez',
	'Iskrica',
	'Kompas',
	'Krog',
	'Kamenček',
	'Metulj',
	'Drevo',
	'Vrelec',
	'Izvir',
	'Cvet',
	'Sever',
	'Jug',
	'Vihar',
	'Orel',
	'Kolo',
	'Srce'
];

/** Settlement names of the common kinds, placed in whichever municipality the draw gives. */
export const settlementNames: readonly string[] = [
	'Gorenja vas',
	'Dolenja vas',
	'Stara vas',
	'Nova vas',
	'Velika Loka',
	'Mala Loka',
	'Zgornje Brezje',
	'Spodnje Brezje',
	'Gornji Log',
	'Dolnji Log',
	'Selo',
	'Breg',
	'Vrh',
	'Brdo',
	'Polje',
	'Dobrava',
	'Ravne',
	'Laze',
	'Podgora',
	'Podlipa',
	'Zavrh',
	'Globoko',
	'Lipovci',
	'Brezovica',
	'Studenci',
	'Hrastje',
	'Bukovje',
	'Jablanica',
	'Lešnica',
	'Hrib',
	'Dol',
	'Potok',
	'Trnovo',
	'Gaberje',
	'Bistrica',
	'Draga',
	'Kal',
	'Kamnje',
	'Senožeti',
	'Podkraj',
	'Zgornja Kungota',
	'Spodnja Polskava',
	'Gornja Radovna',
	'Dolnja Košana',
	'Mlaka',
	'Rakovnik',
	'Vinji Vrh',
	'Sela',
	'Blato',
	'Ložane'
];

export const streetNames: readonly string[] = [
	'Glavna cesta',
	'Cesta svobode',
	'Trg svobode',
	'Šolska ulica',
	'Prešernova ulica',
	'Cankarjeva cesta',
	'Partizanska cesta',
	'Kidričeva ulica',
	'Ljubljanska cesta',
	'Trubarjeva ulica',
	'Levstikova ulica',
	'Gregorčičeva ulica',
	'Vrtna ulica',
	'Cesta na Brdo'
];

/** Postal codes of some municipal seats; other places are left without one rather than guessed. */
export const seatPostalCodes: Record<string, string> = {
	Ljubljana: '1000',
	Maribor: '2000',
	Kranj: '4000',
	Koper: '6000',
	Celje: '3000',
	'Novo mesto': '8000',
	Velenje: '3320',
	'Nova Gorica': '5000',
	Kamnik: '1241',
	Domžale: '1230',
	Krško: '8270',
	Ptuj: '2250',
	'Škofja Loka': '4220',
	'Murska Sobota': '9000',
	Jesenice: '4270',
	Izola: '6310',
	Piran: '6330',
	Postojna: '6230',
	Sežana: '6210',
	Trbovlje: '1420',
	Brežice: '8250',
	'Slovenj Gradec': '2380',
	Ajdovščina: '5270',
	Radovljica: '4240',
	Bled: '4260',
	Tržič: '4290',
	Vrhnika: '1360',
	Grosuplje: '1290',
	Kočevje: '1330',
	Litija: '1270',
	Žalec: '3310',
	Sevnica: '8290',
	Idrija: '5280'
};
