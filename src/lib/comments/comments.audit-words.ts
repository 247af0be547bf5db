import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';

const statusWords: Record<string, () => string> = {
	held: m.comments_status_held,
	published: m.comments_status_published,
	hidden: m.comments_status_hidden,
	spam: m.comments_status_spam
};
const moderationWords: Record<string, () => string> = { pre: m.comments_audit_moderation_pre, post: m.comments_audit_moderation_post };

/** How the audit log speaks of comments: sent, moderated, and how a space publishes them. */
export const auditWords: AuditWords = {
	actions: {
		'comment.create': m.comments_audit_create,
		'comment.moderate': m.comments_audit_moderate,
		'comment.settings': m.comments_audit_settings
	},
	entities: {
		comment: {
			label: m.comments_audit_entity,
			fields: {
				subject: m.comments_audit_field_subject,
				status: m.comments_audit_field_status,
				personId: m.comments_audit_field_person,
				organisationId: m.comments_audit_field_organisation,
				spamReasons: m.comments_audit_field_spam_reasons
			},
			values: { status: (value) => statusWords[value]?.() }
		},
		comment_settings: {
			label: m.comments_audit_settings_entity,
			fields: { moderation: m.comments_audit_field_moderation },
			values: { moderation: (value) => moderationWords[value]?.() }
		}
	}
};
