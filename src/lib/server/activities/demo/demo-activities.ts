import type { ActivityInput } from '../activities.schemas.ts';

/** A session of a demo activity, some days after the load, in Ljubljana's local time. */
export type DemoSession = { inDays: number; from: string; to: string } & ({ place: { address: string; municipalityCode: string } } | { url: string });

export type DemoActivity = Omit<ActivityInput, 'sessions' | 'slug'> & { slug: string; sessions: DemoSession[] };

/** Upcoming public activities of the demo spaces, so the calendar and registration have something to show. */
export const demoActivities: Record<string, DemoActivity[]> = {
	iskra: [
		{
			slug: 'pisanje-prijav-na-javne-razpise',
			title: { sl: 'Pisanje prijav na javne razpise', en: 'Writing applications for public calls' },
			description: {
				sl: 'Praktično usposabljanje za društva in zavode: kako prebrati razpisno dokumentacijo, načrtovati projekt in sestaviti finančni načrt, ki ga ocenjevalci razumejo. Prinesite razpis, na katerega se pripravljate.',
				en: 'A practical training for associations and institutes: reading the call documents, planning the project and drafting a budget assessors understand. Bring the call you are preparing for.'
			},
			type: 'training',
			pillar: 'training',
			capacity: 20,
			registrationQuestions: [
				{ kind: 'text', label: { sl: 'Na kateri razpis se pripravljate?', en: 'Which call are you preparing for?' }, required: false },
				{ kind: 'yes_no', label: { sl: 'Ste se na javni razpis že prijavili?', en: 'Have you applied for a public call before?' }, required: true }
			],
			evaluationQuestions: [
				{ kind: 'rating', label: { sl: 'Kako ste zadovoljni z usposabljanjem?', en: 'How satisfied are you with the training?' }, required: true },
				{ kind: 'yes_no', label: { sl: 'Vam bo to izboljšalo delo organizacije?', en: 'Will this improve your organisation’s work?' }, required: false }
			],
			sessions: [{ inDays: 14, from: '09:00', to: '13:00', place: { address: 'Pristaniška ulica 14, Koper', municipalityCode: '050' } }]
		},
		{
			slug: 'delavnica-komuniciranje-nvo',
			title: { sl: 'Komuniciranje nevladnih organizacij z javnostmi', en: 'Communicating with the public for NGOs' },
			description: {
				sl: 'Dvodelna delavnica: prvi dan sporočilo in ciljne javnosti, drugi dan družbena omrežja in delo z mediji. Potrdilo prejmejo udeleženci, ki so prisotni na obeh srečanjih.',
				en: 'A workshop in two parts: the message and audiences on the first day, social media and the press on the second. Those who attend both get a certificate.'
			},
			type: 'workshop',
			pillar: 'training',
			capacity: 16,
			certificateMinPercent: 80,
			sessions: [
				{ inDays: 21, from: '16:00', to: '19:00', place: { address: 'Partizanska cesta 4, Sežana', municipalityCode: '111' } },
				{ inDays: 28, from: '16:00', to: '19:00', place: { address: 'Partizanska cesta 4, Sežana', municipalityCode: '111' } }
			]
		},
		{
			slug: 'informativni-dan-razpis-za-nvo',
			title: { sl: 'Informativni dan o razpisu za razvoj nevladnih organizacij', en: 'Info session on the call for NGO development' },
			type: 'info_session',
			pillar: 'informing',
			sessions: [{ inDays: 10, from: '10:00', to: '11:30', url: 'https://meet.jit.si/iskra-informativni-dan' }]
		}
	],
	grozd: [
		{
			slug: 'mrezenje-nvo-gorenjske',
			title: { sl: 'Mreženjsko srečanje nevladnih organizacij Gorenjske', en: 'Networking meeting of Gorenjska NGOs' },
			type: 'networking_event',
			pillar: 'networking',
			capacity: 60,
			sessions: [{ inDays: 18, from: '17:00', to: '20:00', place: { address: 'Glavni trg 4, Kranj', municipalityCode: '052' } }]
		}
	],
	asociacija: [
		{
			slug: 'posvet-status-samozaposlenih-v-kulturi',
			title: { sl: 'Posvet o statusu samozaposlenih v kulturi', en: 'Consultation on the status of the self-employed in culture' },
			type: 'conference',
			pillar: 'advocacy',
			capacity: 80,
			sessions: [{ inDays: 25, from: '10:00', to: '14:00', place: { address: 'Metelkova ulica 6, Ljubljana', municipalityCode: '061' } }]
		}
	],
	'nvo-vid': [
		{
			slug: 'dostopne-spletne-strani-za-nvo',
			title: { sl: 'Dostopne spletne strani za nevladne organizacije', en: 'Accessible websites for NGOs' },
			description: {
				sl: 'Spletno usposabljanje o tem, kako spletno stran organizacije urediti, da jo lahko uporabljajo tudi slepi, slabovidni in starejši.',
				en: 'An online training on making an organisation’s website usable by blind, partially sighted and older people.'
			},
			type: 'training',
			pillar: 'training',
			capacity: 30,
			sessions: [{ inDays: 12, from: '13:00', to: '15:00', url: 'https://meet.jit.si/nvo-vid-dostopnost' }]
		}
	]
};
