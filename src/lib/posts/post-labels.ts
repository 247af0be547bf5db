import { m } from '../paraglide/messages.js';

const kinds: Record<string, () => string> = { news: m.posts_kind_news, announcement: m.posts_kind_announcement, report: m.posts_kind_report };
const statuses: Record<string, () => string> = {
	draft: m.posts_status_draft,
	published: m.posts_status_published,
	scheduled: m.posts_status_scheduled,
	unpublished: m.posts_status_unpublished
};

export const postKindLabel = (kind: string) => kinds[kind]?.();
export const postStatusLabel = (status: string) => statuses[status]?.();

/** A post's state as staff read it: a published post whose date has not come is scheduled. */
export const postStateOf = (post: { status: string; visible: boolean }) => (post.status === 'published' && !post.visible ? 'scheduled' : post.status);

/** A publish date as people read it: `21. december 2021` in Slovenian, `21 December 2021` in English. */
export const postDate = (iso: string, locale: 'sl' | 'en') =>
	new Intl.DateTimeFormat(locale === 'sl' ? 'sl-SI' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Ljubljana' }).format(new Date(iso));
