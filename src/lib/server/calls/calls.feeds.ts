import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { Feed } from 'feed';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { m } from '../../paraglide/messages.js';
import { localHref } from '../../shared/links.ts';
import type { Database } from '../db/client.ts';
import { callDetail } from './calls.digest.ts';
import { createCallsRepository } from './calls.repository.ts';
import { presentCall } from './calls.presenter.ts';
import type { Call } from './calls.schemas.ts';

const zone = 'Europe/Ljubljana';
type Locale = 'sl' | 'en';
const titleOf = (call: Call, locale: Locale) => (locale === 'en' ? call.title.en : undefined) ?? call.title.sl;
const callUrl = (origin: string, call: Call, locale: Locale) => `${origin}${localHref(`/calls/${call.id}`, { locale })}`;

/** The calls a feed holds: the open ones and those closed in the last year, at most 200. */
async function feedCalls(db: Database, now: Date): Promise<Call[]> {
	const records = await createCallsRepository({ db }).list({ status: 'all', limit: 200 }, now);
	const yearAgo = now.getTime() - 365 * 86_400_000;
	return records.map((record) => presentCall(record, now)).filter((call) => call.open || (call.deadline !== null && Date.parse(call.deadline) >= yearAgo));
}

/** Atom (RFC 4287) of the calls, newest entered first, each with its deadline and amount in the summary. */
export async function callsAtom({ db, origin, locale, now = new Date() }: { db: Database; origin: string; locale: Locale; now?: Date }): Promise<string> {
	const calls = (await feedCalls(db, now)).sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
	const updated = calls.reduce((latest, call) => (call.updatedAt && call.updatedAt > latest ? call.updatedAt : latest), '1970-01-01T00:00:00.000Z');
	const feed = new Feed({
		id: `${origin}${localHref('/calls', { locale })}`,
		link: `${origin}${localHref('/calls', { locale })}`,
		title: `${m.calls_title({}, { locale })} – ${m.site_name({}, { locale })}`,
		language: locale,
		updated: new Date(updated),
		copyright: '',
		feedLinks: { atom: `${origin}${localHref('/calls/feed.xml', { locale })}` }
	});
	for (const call of calls) {
		feed.addItem({
			id: callUrl(origin, call, locale),
			link: callUrl(origin, call, locale),
			title: titleOf(call, locale),
			date: new Date(call.updatedAt ?? updated),
			description: [call.funder?.name, callDetail(call, locale, now)].filter(Boolean).join(' · ')
		});
	}
	return feed.atom1();
}

function vtimezone(name: string): string | null {
	const [block] = tzlib_get_ical_block(name) as [string, string];
	return block ? block.replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${name}`) : null;
}

/**
 * The calls' deadlines as iCalendar (RFC 5545): one event per deadline, timed in Europe/Ljubljana
 * (with the zone's VTIMEZONE) or lasting the whole day; a deadline keeps its UID.
 */
export async function callsIcs({ db, origin, host, locale, now = new Date() }: { db: Database; origin: string; host: string; locale: Locale; now?: Date }) {
	const calls = await feedCalls(db, now);
	const calendar = ical({
		name: `${m.calls_title({}, { locale })} – ${m.site_name({}, { locale })}`,
		prodId: { company: 'Sticisce', product: 'Sticisce', language: locale.toUpperCase() },
		method: ICalCalendarMethod.PUBLISH,
		timezone: { name: zone, generator: vtimezone }
	});
	for (const call of calls) {
		call.deadlines.forEach((deadline, index) => {
			const summary = m.calls_ics_summary({ title: titleOf(call, locale) }, { locale });
			const common = {
				id: `call-${call.id}-${index}@${host}`,
				summary,
				description: [call.funder?.name, call.totalAmount?.text[locale], deadline.note].filter(Boolean).join('\n') || undefined,
				url: callUrl(origin, call, locale)
			};
			if (deadline.time) {
				const start = new TZDate(new Date(deadline.at), zone);
				calendar.createEvent({ ...common, start, end: start, timezone: zone });
			} else {
				calendar.createEvent({ ...common, start: new Date(`${deadline.date}T00:00:00`), allDay: true, floating: true });
			}
		});
	}
	const body = calendar.toString();
	return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** The sitemap's part of the calls: the list and each call's page. */
export async function callsSitemap({ db, origin }: { db: Database; origin: string }): Promise<string> {
	const calls = await createCallsRepository({ db }).list({ status: 'all' });
	const entry = (path: string) =>
		`<url><loc>${origin}${path}</loc><xhtml:link rel="alternate" hreflang="sl" href="${origin}${path}"/><xhtml:link rel="alternate" hreflang="en" href="${origin}/en${path}"/></url>`;
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${['/calls', ...calls.map((record) => `/calls/${record.call.id}`)].map(entry).join('\n')}\n</urlset>\n`;
}

/** The sitemap index with the calls' part added. */
export const withCallsPart = (index: string, origin: string) =>
	index.replace('</sitemapindex>', `<sitemap><loc>${origin}/sitemap.xml?part=calls</loc></sitemap>\n</sitemapindex>`);

export const xmlResponse = (xml: string) =>
	new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
