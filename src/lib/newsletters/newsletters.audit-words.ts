import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

/** How the audit log speaks of lists, newsletters and subscriptions. */
export const auditWords: AuditWords = {
	actions: {
		'newsletter.list_create': m.newsletters_audit_action_list_create,
		'newsletter.campaign_create': m.newsletters_audit_action_campaign_create,
		'newsletter.campaign_update': m.newsletters_audit_action_campaign_update,
		'newsletter.campaign_test': m.newsletters_audit_action_campaign_test,
		'newsletter.campaign_send': m.newsletters_audit_action_campaign_send,
		'newsletter.subscription_confirm': m.newsletters_audit_action_subscription_confirm,
		'newsletter.unsubscribe': m.newsletters_audit_action_unsubscribe
	},
	entities: {
		newsletter_list: {
			label: m.newsletters_audit_entity_list,
			fields: {
				nameSl: m.newsletters_audit_field_name_sl,
				nameEn: m.newsletters_audit_field_name_en,
				audience: m.newsletters_audit_field_audience,
				regionCode: m.newsletters_audit_field_region_code,
				fieldCode: m.newsletters_audit_field_field_code,
				digestFrequency: m.newsletters_audit_field_digest_frequency
			}
		},
		newsletter_campaign: {
			label: m.newsletters_audit_entity_campaign,
			fields: {
				listId: m.newsletters_audit_field_list_id,
				subjectSl: m.newsletters_audit_field_subject_sl,
				locales: m.newsletters_audit_field_locales,
				recipients: m.newsletters_audit_field_recipients,
				ratePerMinute: m.newsletters_audit_field_rate
			}
		},
		newsletter_subscription: {
			label: m.newsletters_audit_entity_subscription,
			fields: {
				listId: m.newsletters_audit_field_list_id,
				personId: m.newsletters_audit_field_person_id,
				status: m.newsletters_audit_field_status,
				by: m.newsletters_audit_field_by
			}
		}
	}
};
