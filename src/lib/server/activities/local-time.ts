/**
 * Sessions are typed and shown in the platform's time zone (Europe/Ljubljana): `3. 3. 2031`, `9.00`.
 * These turn such a local date and time into the moment it names and back, summer time included.
 */
const zone = 'Europe/Ljubljana';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone: zone,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});

/** The local date (`2031-03-03`) and time (`09:00`) of a moment in Ljubljana. */
export function localParts(moment: Date): { date: string; time: string } {
	const part = Object.fromEntries(partsFormat.formatToParts(moment).map(({ type, value }) => [type, value]));
	return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

/** Minutes Ljubljana is ahead of UTC at a moment (60 in winter, 120 in summer). */
function offsetMinutes(moment: Date): number {
	const { date, time } = localParts(moment);
	return (Date.parse(`${date}T${time}:00Z`) - Math.floor(moment.getTime() / 60_000) * 60_000) / 60_000;
}

/** The moment of a local date (`2031-03-03`) and time (`09:00`) in Ljubljana. */
export function localMoment(date: string, time = '00:00'): Date {
	const asUtc = Date.parse(`${date}T${time}:00Z`);
	let moment = new Date(asUtc - offsetMinutes(new Date(asUtc)) * 60_000);
	// near a change of the clock the first guess can be an hour off
	moment = new Date(asUtc - offsetMinutes(moment) * 60_000);
	return moment;
}

/** A moment as the API writes it, with Ljubljana's offset: `2031-03-03T09:00:00+01:00`. */
export function localIso(moment: Date): string {
	const { date, time } = localParts(moment);
	const offset = offsetMinutes(moment);
	const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
	const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
	return `${date}T${time}:00${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
}

/** A time as people type it (`9.00`, `9:00`, `9`, `09.30 `) as `09:00`; undefined when it is none. */
export function typedTime(text: string): string | undefined {
	const match = /^(\d{1,2})(?:[.:h](\d{2}))?$/.exec(text.trim());
	if (!match) return undefined;
	const hour = Number(match[1]);
	const minute = Number(match[2] ?? '0');
	if (hour > 23 || minute > 59) return undefined;
	return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
