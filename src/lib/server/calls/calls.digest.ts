import { m } from '../../paraglide/messages.js';
import { deadlineWords } from '../../calls/call-words.ts';
import { localHref } from '../../shared/links.ts';
import type { DigestSection } from '../manifest/manifest.ts';
import { presentCall } from './calls.presenter.ts';
import { createCallsRepository } from './calls.repository.ts';
import type { Call } from './calls.schemas.ts';

/** The digest's line for a call: its next deadline and its total amount, exactly as the call states it. */
export function callDetail(call: Call, locale: 'sl' | 'en', now: Date): string {
	const next = call.deadlines.find((deadline) => new Date(deadline.at) >= now) ?? call.deadlines.at(-1);
	const parts = [
		next ? m.calls_digest_deadline({ deadline: deadlineWords(next, locale) }, { locale }) : undefined,
		call.totalAmount ? m.calls_digest_amount({ amount: call.totalAmount.text[locale] }, { locale }) : undefined
	];
	return parts.filter(Boolean).join(' · ');
}

/**
 * Calls published in [since, until) and still open at `until`; for a recipient with organisations,
 * only those one of their organisations is eligible for (the matching), else all. Calls are the
 * platform's: every space's digest offers the same ones.
 */
export const callsDigestSection: DigestSection = {
	id: 'calls',
	order: 20,
	heading: (locale) => m.calls_digest_heading({}, { locale }),
	collect: async ({ db, recipient, since, until, publicUrl }) => {
		const records = await createCallsRepository({ db }).list(
			{
				status: 'open',
				publishedFrom: since,
				publishedUntil: until,
				...(recipient.organisationIds.length ? { eligibleOrganisationIds: recipient.organisationIds } : {})
			},
			until
		);
		const base = publicUrl.replace(/\/$/, '');
		return records.map((record) => {
			const call = presentCall(record, until);
			const title = (recipient.locale === 'en' ? call.title.en : undefined) ?? call.title.sl;
			return {
				title,
				url: `${base}${localHref(`/calls/${call.id}`, { locale: recipient.locale })}`,
				...(call.deadline ? { when: call.deadline } : {}),
				detail: callDetail(call, recipient.locale, until)
			};
		});
	}
};
