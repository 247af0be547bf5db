import type { PageServerLoad } from './$types';
import { loadAuditPage } from '#lib/server/http/audit-page.ts';

export const load: PageServerLoad = ({ url, locals }) => loadAuditPage({ url, actor: locals.actor });
