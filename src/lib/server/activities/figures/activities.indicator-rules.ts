import type { IndicatorRule } from '../../manifest/manifest.ts';
import { countActivities, countAttendance, improvedWorkShare, type FiguresScope } from './figures.repository.ts';

/** Types that train people: seed 001's "izobraževanja in delavnice". */
export const trainingTypes = ['training', 'workshop'] as const;
/** Types that gather people to inform and connect them: conferences, info sessions, networking events. */
export const eventTypes = ['conference', 'info_session', 'networking_event'] as const;

type RuleInput = Parameters<IndicatorRule['compute']>[0];

/** The project's activities in the reporting period, held by now (a planned session counts only once it began). */
const scopeOf = ({ space, project, from, to }: RuleInput, types?: readonly string[]): FiguresScope => ({
	spaceId: space.id,
	projectId: project.id,
	from,
	to,
	types,
	heldOnly: true
});

/**
 * Figures a project's indicators take from its activities in each reporting period (issue 13,
 * item 7): PRO-NVO-VID's "4 trainings for 34 participants from 21 NGOs" and "80 people at two
 * locations" (seed 001).
 */
export const activitiesIndicatorRules: IndicatorRule[] = [
	{
		id: 'activities.trainings_held',
		words: { sl: 'Izvedena izobraževanja in delavnice', en: 'Trainings and workshops held' },
		async compute(input) {
			const counts = await countActivities(input.db, scopeOf(input, trainingTypes));
			return counts.reduce((sum, row) => sum + row.activities, 0);
		}
	},
	{
		id: 'activities.training_participants',
		words: { sl: 'Udeleženci izobraževanj in delavnic (različne osebe)', en: 'Participants of trainings and workshops (distinct persons)' },
		async compute(input) {
			return (await countAttendance(input.db, scopeOf(input, trainingTypes))).persons;
		}
	},
	{
		id: 'activities.training_ngos',
		words: { sl: 'Nevladne organizacije udeležencev izobraževanj', en: 'NGOs of the participants of trainings' },
		async compute(input) {
			return (await countAttendance(input.db, scopeOf(input, trainingTypes))).ngos;
		}
	},
	{
		id: 'activities.event_attendees',
		words: {
			sl: 'Udeleženci dogodkov (konference, informativni in mreženjski dogodki; z neimenovanimi)',
			en: 'Attendees of events (conferences, info sessions, networking; unnamed included)'
		},
		async compute(input) {
			const scope = scopeOf(input, eventTypes);
			const [counts, attendance] = await Promise.all([countActivities(input.db, scope), countAttendance(input.db, scope)]);
			return attendance.persons + counts.reduce((sum, row) => sum + row.unnamedAttendees, 0);
		}
	},
	{
		id: 'activities.activities_held',
		words: { sl: 'Izvedene aktivnosti (vse vrste)', en: 'Activities held (all types)' },
		async compute(input) {
			const counts = await countActivities(input.db, scopeOf(input));
			return counts.reduce((sum, row) => sum + row.activities, 0);
		}
	},
	{
		id: 'activities.training_improved_share',
		words: {
			sl: 'Delež udeležencev izobraževanj, ki ocenjujejo, da se je izboljšalo delo njihove organizacije (%)',
			en: "Share of trainees who say it improved their organisation's work (%)"
		},
		async compute(input) {
			return (await improvedWorkShare(input.db, scopeOf(input, trainingTypes))) ?? 0;
		}
	}
];
