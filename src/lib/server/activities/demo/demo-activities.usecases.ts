import type { DemoLoad, DemoLoaded } from '../../manifest/manifest.ts';
import { findSpace } from '../../spaces/space-scope.ts';
import { createActivitiesRepository } from '../activities.repository.ts';
import { createActivity } from '../activities.usecases.ts';
import { localIso, localMoment, localParts } from '../local-time.ts';
import { demoActivities, type DemoSession } from './demo-activities.ts';

/** A day some days after `today`, as Ljubljana's calendar counts them. */
function dayAfter(today: Date, days: number): string {
	const { date } = localParts(today);
	return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const sessionInput = (session: DemoSession, today: Date) => {
	const day = dayAfter(today, session.inDays);
	const times = { startsAt: localIso(localMoment(day, session.from)), endsAt: localIso(localMoment(day, session.to)) };
	return 'url' in session ? { ...times, online: true, url: session.url } : { ...times, place: session.place };
};

/**
 * Upcoming public activities in the demo spaces (dated from the day of the load), so the calendar
 * and registration have something to show. A space that is not there is passed over; an activity
 * whose address the space already uses is left as it is, so a second load adds nothing.
 */
export async function loadDemoActivities({ db, context }: DemoLoad, today = new Date()): Promise<DemoLoaded> {
	const created: string[] = [];
	const skipped: string[] = [];
	for (const [slug, activities] of Object.entries(demoActivities)) {
		const space = await findSpace(db, slug);
		if (!space) continue;
		const repository = createActivitiesRepository({ db, spaceId: space.id });
		for (const { sessions, ...activity } of activities) {
			const name = `${slug}: activity ${activity.slug}`;
			if (await repository.slugTaken(activity.slug)) {
				skipped.push(name);
				continue;
			}
			await createActivity({ db, context, space, input: { ...activity, sessions: sessions.map((session) => sessionInput(session, today)) } });
			created.push(name);
		}
	}
	return { created, skipped };
}
