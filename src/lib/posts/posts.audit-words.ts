import { m } from '../paraglide/messages.js';
import type { AuditWords } from '../audit/audit-words.ts';
import { postKindLabel, postStatusLabel } from './post-labels.ts';

/** How the audit log speaks of posts and their images. */
export const auditWords: AuditWords = {
	actions: {
		'post.create': m.posts_audit_action_create,
		'post.change': m.posts_audit_action_change,
		'post.publish': m.posts_audit_action_publish,
		'post.unpublish': m.posts_audit_action_unpublish,
		'post.delete': m.posts_audit_action_delete,
		'post.image_upload': m.posts_audit_action_image_upload
	},
	entities: {
		post: {
			label: m.posts_audit_entity_post,
			fields: {
				id: m.posts_audit_field_id,
				spaceId: m.posts_audit_field_space_id,
				kind: m.posts_audit_field_kind,
				status: m.posts_audit_field_status,
				publishAt: m.posts_audit_field_publish_at,
				visible: m.posts_audit_field_visible,
				translations: m.posts_audit_field_translations,
				tags: m.posts_audit_field_tags,
				projectId: m.posts_audit_field_project_id,
				activityId: m.posts_audit_field_activity_id,
				cover: m.posts_audit_field_cover,
				createdAt: m.posts_audit_field_created_at,
				updatedAt: m.posts_audit_field_updated_at
			},
			values: { kind: postKindLabel, status: postStatusLabel }
		},
		post_image: {
			label: m.posts_audit_entity_image,
			fields: { bytes: m.posts_audit_field_bytes, sha256: m.posts_audit_field_sha256 }
		}
	}
};
