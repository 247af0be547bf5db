import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { authorize } from '../policy/policy.ts';
import type { Actor } from '../policy/actor.ts';
import { createSettingsRepository } from './settings.repository.ts';
import { settingsPolicy } from './settings.policy.ts';
import { defaultSiteInfo } from './site-info.defaults.ts';
import { siteInfoSchema, type ShownSiteInfo, type SiteInfo } from './site-info.schemas.ts';

const siteInfoKey = 'site_info';

/** What the footer and the legal pages say: the platform admins' texts, or the defaults until they wrote any. */
export async function getSiteInfo({ db }: { db: Database }): Promise<ShownSiteInfo> {
	const stored = await createSettingsRepository({ db }).get(siteInfoKey);
	if (stored === undefined) return defaultSiteInfo;
	const parsed = siteInfoSchema.safeParse(JSON.parse(stored));
	return parsed.success ? parsed.data : defaultSiteInfo;
}

/** The texts for the platform admins' form (refused to anybody else). */
export async function getSiteInfoForEditing({ db, actor }: { db: Database; actor: Actor }): Promise<ShownSiteInfo> {
	authorize(settingsPolicy, actor, 'editSite');
	return getSiteInfo({ db });
}

/** Replaces the site's texts; validated here, so the form may pass what it received. */
export async function updateSiteInfo({ db, context, input }: { db: Database; context: AuditContext; input: unknown }): Promise<SiteInfo> {
	authorize(settingsPolicy, context.actor, 'editSite');
	const after = siteInfoSchema.parse(input);
	return db.transaction(async (tx) => {
		const before = await getSiteInfo({ db: tx });
		await createSettingsRepository({ db: tx }).put(siteInfoKey, JSON.stringify(after));
		await recordAudit({ db: tx, context, change: { action: 'site.update', entityType: 'site', entityId: siteInfoKey, before, after } });
		return after;
	});
}
