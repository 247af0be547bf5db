import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { recordAudit, type AuditContext } from '../audit/audit.usecases.ts';
import type { Database } from '../db/client.ts';
import { queueMail } from '../mail/mail.usecases.ts';
import { memberships } from '../memberships/memberships.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { personForEmail } from '../people/people-by-email.usecases.ts';
import { affiliations, people } from '../people/people.table.ts';
import { heldSpaceIds, ownOrganisationIds, type Actor } from '../policy/actor.ts';
import { authorize, can } from '../policy/policy.ts';
import { countAttempt } from '../rate-limit/rate-limit.usecases.ts';
import { findSpaceById, type SpaceRef } from '../spaces/space-scope.ts';
import { spaceReadOnly } from '../spaces/spaces.errors.ts';
import { commentSubject, type CommentSubjectFacts } from './comment-subjects.ts';
import { commentFormToken, spamReasons } from './comment-spam.ts';
import { commentNotFound, commentsClosed, commentsRateLimited, commentSubjectInvalid, commentSubjectNotFound } from './comments.errors.ts';
import { newCommentMail } from './comments.mail.ts';
import { commentsPolicy } from './comments.policy.ts';
import { createCommentsRepository, findCommentById, type CommentWithOrganisation } from './comments.repository.ts';
import {
	commentBulkModerationSchema,
	commentInputSchema,
	commentModerationSchema,
	commentSettingsSchema,
	type CommentResult,
	type ModeratedComment,
	type PublicComment
} from './comments.schemas.ts';
import type { CommentRow, CommentStatus, ModerationMode } from './comments.table.ts';

export type SubjectRef = { kind: string; id: string };

/** `post:<id>` as kind and id. */
export function parseSubject(text: string): SubjectRef {
	const match = /^([a-z][a-z_]{0,39}):([\w-]{1,200})$/.exec(text.trim());
	if (!match) throw commentSubjectInvalid(text);
	return { kind: match[1]!, id: match[2]! };
}

export const subjectText = (subject: SubjectRef) => `${subject.kind}:${subject.id}`;

/** What a subject is (its space, title, page, author), from the module that declares its kind. */
export async function findSubject(db: Database, subject: SubjectRef): Promise<CommentSubjectFacts> {
	const facts = await commentSubject(subject.kind)?.find(db, subject.id);
	if (!facts) throw commentSubjectNotFound(subjectText(subject));
	return facts;
}

async function spaceOfSubject(db: Database, facts: CommentSubjectFacts): Promise<SpaceRef> {
	const space = await findSpaceById(db, facts.spaceId);
	if (!space) throw commentSubjectNotFound(facts.spaceId);
	return space;
}

export function presentPublicComment(row: CommentWithOrganisation): PublicComment {
	return { id: row.id, authorName: row.authorName, organisation: row.organisation, body: row.body, createdAt: row.createdAt.toISOString() };
}

export function presentModeratedComment(row: CommentWithOrganisation): ModeratedComment {
	return {
		...presentPublicComment(row),
		subject: `${row.subjectKind}:${row.subjectId}`,
		status: row.status,
		authorEmail: row.authorEmail,
		spamReasons: row.spamReasons,
		moderatedAt: row.moderatedAt?.toISOString() ?? null
	};
}

/** A subject's published comments, oldest first, for its page (no e-mail addresses). */
export async function listPublishedComments({ db, subject }: { db: Database; subject: SubjectRef }): Promise<PublicComment[]> {
	const facts = await commentSubject(subject.kind)?.find(db, subject.id);
	if (!facts) return [];
	const rows = await createCommentsRepository({ db, spaceId: facts.spaceId }).ofSubject(subject.kind, subject.id, { publishedOnly: true });
	return rows.map(presentPublicComment);
}

/** A subject's comments for the API: the published ones for anyone, every one with its status and e-mail for the space's staff. */
export async function listComments({
	db,
	actor,
	subject
}: {
	db: Database;
	actor: Actor;
	subject: string;
}): Promise<{ items: (PublicComment | ModeratedComment)[] }> {
	authorize(commentsPolicy, actor, 'read');
	const ref = parseSubject(subject);
	const facts = await findSubject(db, ref);
	const staff = can(commentsPolicy, actor, 'readAll', { spaceId: facts.spaceId });
	const rows = await createCommentsRepository({ db, spaceId: facts.spaceId }).ofSubject(ref.kind, ref.id, { publishedOnly: !staff });
	return { items: rows.map(staff ? presentModeratedComment : presentPublicComment) };
}

/**
 * The member organisation a signed-in commenter speaks for on this space's pages: one they keep as
 * member editor, or one the registry's person with their e-mail is affiliated with now, that is a
 * member of the space; the first by name when there are several.
 */
export async function commenterOrganisation(db: Database, actor: Actor, spaceId: string): Promise<{ id: string; name: string } | null> {
	if (actor.kind !== 'session' && actor.kind !== 'token') return null;
	const affiliated = await db
		.select({ organisationId: affiliations.organisationId })
		.from(affiliations)
		.innerJoin(people, eq(people.id, affiliations.personId))
		.where(and(sql`lower(${people.email}) = ${actor.email.toLowerCase()}`, isNull(people.erasedAt), isNull(affiliations.until)));
	const candidates = [...new Set([...ownOrganisationIds(actor), ...affiliated.map((row) => row.organisationId)])];
	if (candidates.length === 0) return null;
	const [member] = await db
		.select({ id: organisations.id, name: organisations.name })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(and(eq(memberships.spaceId, spaceId), eq(memberships.status, 'member'), inArray(memberships.organisationId, candidates)))
		.orderBy(asc(organisations.sortName))
		.limit(1);
	return member ?? null;
}

// a public form that stores what anyone types and mails the author: bounded per client address and
// per e-mail, so that it is neither a flood nor a way to fill the moderation queue
const hour = 60 * 60;
export const commentLimits = { perAddress: 20, perEmail: 10, windowSeconds: hour };
async function limitComments(db: Database, clientAddress: string, email: string) {
	const attempt = await countAttempt({
		db,
		limits: [
			{ key: `comment:address:${clientAddress}`, max: commentLimits.perAddress, windowSeconds: commentLimits.windowSeconds },
			{ key: `comment:email:${email.toLowerCase()}`, max: commentLimits.perEmail, windowSeconds: commentLimits.windowSeconds }
		]
	});
	if (!attempt.allowed) throw commentsRateLimited(attempt.retryAfterMinutes);
}

const audited = (row: CommentRow) => ({
	subject: `${row.subjectKind}:${row.subjectId}`,
	status: row.status,
	personId: row.personId,
	organisationId: row.organisationId,
	spamReasons: row.spamReasons
});

/**
 * Someone comments on a subject (the form and the API alike). Nothing is lost: a comment that looks
 * like spam is kept in the space's spam folder; one that does not waits for approval
 * (pre-moderation, the default) or is published at once (post-moderation, and comments of the
 * space's staff), and the subject's author gets a mail either way. Rate-limited; audited.
 */
export async function postComment({
	db,
	context,
	clientAddress,
	publicUrl,
	input,
	now = new Date()
}: {
	db: Database;
	context: AuditContext;
	clientAddress: string;
	publicUrl: string;
	input: unknown;
	now?: Date;
}): Promise<CommentResult & { url: string }> {
	authorize(commentsPolicy, context.actor, 'post');
	const parsed = commentInputSchema.parse(input);
	const subject = parseSubject(parsed.subject);
	const facts = await findSubject(db, subject);
	if (!facts.open) throw commentsClosed(subjectText(subject));
	const space = await spaceOfSubject(db, facts);
	if (space.archived) throw spaceReadOnly(space.slug);
	await limitComments(db, clientAddress, parsed.email);
	const reasons = await spamReasons({
		db,
		body: parsed.body,
		name: parsed.name,
		website: parsed.website,
		started: parsed.started,
		fromForm: context.source === 'form',
		now
	});
	const actor = context.actor;
	const organisation = await commenterOrganisation(db, actor, space.id);
	const repository = createCommentsRepository({ db, spaceId: space.id });
	const moderator = can(commentsPolicy, actor, 'moderate', { spaceId: space.id });
	const status: CommentStatus = reasons.length > 0 ? 'spam' : moderator || (await repository.moderation()) === 'post' ? 'published' : 'held';
	const commenter: AuditContext = actor.kind === 'anonymous' ? { ...context, person: { label: parsed.name } } : context;
	const row = await db.transaction(async (tx) => {
		// spam is kept, but adds nobody to the registry of people; a comment restored from it does
		const person = status === 'spam' ? null : (await personForEmail({ db: tx, name: parsed.name, email: parsed.email, organisationId: null })).person;
		const inserted = await createCommentsRepository({ db: tx, spaceId: space.id }).insert({
			subjectKind: subject.kind,
			subjectId: subject.id,
			status,
			authorName: parsed.name,
			authorEmail: parsed.email,
			personId: person?.id ?? null,
			userId: actor.kind === 'session' || actor.kind === 'token' ? actor.userId : null,
			organisationId: organisation?.id ?? null,
			body: parsed.body,
			locale: parsed.locale,
			spamReasons: reasons,
			createdAt: now
		});
		await recordAudit({
			db: tx,
			context: commenter,
			change: { action: 'comment.create', entityType: 'comment', entityId: inserted.id, spaceId: space.id, after: audited(inserted) }
		});
		const author = facts.authorEmail?.trim();
		if (status !== 'spam' && author && author.toLowerCase() !== parsed.email.toLowerCase()) {
			const message = newCommentMail({
				to: author,
				locale: facts.authorLocale,
				publicUrl,
				spaceSlug: space.slug,
				title: facts.title,
				url: facts.url,
				commenter: organisation ? `${parsed.name} (${organisation.name})` : parsed.name,
				body: parsed.body,
				status
			});
			await queueMail({ db: tx, message });
		}
		return inserted;
	});
	return { id: row.id, status: row.status, url: facts.url };
}

/** Changes the status of comments of one space (approve, hide, mark as spam, restore), each audited. */
async function moderate(db: Database, context: AuditContext, space: SpaceRef, ids: string[], status: CommentStatus): Promise<CommentRow[]> {
	authorize(commentsPolicy, context.actor, 'moderate', { spaceId: space.id });
	if (space.archived) throw spaceReadOnly(space.slug);
	const actor = context.actor;
	return db.transaction(async (tx) => {
		const repository = createCommentsRepository({ db: tx, spaceId: space.id });
		const found = await repository.byIds([...new Set(ids)]);
		const missing = ids.find((id) => !found.some((row) => row.id === id));
		if (missing) throw commentNotFound(missing);
		const changed: CommentRow[] = [];
		for (const row of found) {
			if (row.status === status) {
				changed.push(row);
				continue;
			}
			// a comment taken out of the spam folder is someone's after all: in the registry, for GDPR
			const personId =
				row.personId ??
				(status !== 'spam' && row.authorEmail
					? (await personForEmail({ db: tx, name: row.authorName, email: row.authorEmail, organisationId: null })).person.id
					: null);
			const after = await repository.update(row.id, {
				status,
				personId,
				moderatedBy: actor.kind === 'session' || actor.kind === 'token' ? actor.userId : null,
				moderatedAt: new Date()
			});
			await recordAudit({
				db: tx,
				context,
				change: { action: 'comment.moderate', entityType: 'comment', entityId: row.id, spaceId: space.id, before: { status: row.status }, after: { status } }
			});
			changed.push(after);
		}
		return changed;
	});
}

/** Staff give several comments of their space one status (the queue's bulk actions). */
export async function moderateComments({ db, context, space, input }: { db: Database; context: AuditContext; space: SpaceRef; input: unknown }) {
	authorize(commentsPolicy, context.actor, 'moderate', { spaceId: space.id });
	const { ids, status } = commentBulkModerationSchema.parse(input);
	return (await moderate(db, context, space, ids, status)).map((row) => ({ id: row.id, status: row.status }));
}

/** Staff give one comment, named by its id alone, a status (`PATCH /api/v1/comments/{id}`). */
export async function changeCommentStatus({ db, context, id, input }: { db: Database; context: AuditContext; id: string; input: unknown }) {
	const row = /^[0-9a-f-]{36}$/i.test(id) ? await findCommentById(db, id) : undefined;
	// an unknown id is refused first to those who could not moderate anything
	if (!row) {
		authorize(commentsPolicy, context.actor, 'moderate', { spaceIds: heldSpaceIds(context.actor) });
		throw commentNotFound(id);
	}
	const space = await findSpaceById(db, row.spaceId);
	if (!space) throw commentNotFound(id);
	authorize(commentsPolicy, context.actor, 'moderate', { spaceId: space.id });
	const { status } = commentModerationSchema.parse(input);
	const [changed] = await moderate(db, context, space, [row.id], status);
	const organisation = changed!.organisationId
		? ((await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, changed!.organisationId)))[0]?.name ?? null)
		: null;
	return presentModeratedComment({ ...changed!, organisation });
}

export const commentQueuePageSize = 50;

/** One page of a space's comments in one status, with how many there are in each (the moderation queue). */
export async function listCommentQueue({
	db,
	actor,
	space,
	status = 'held',
	page = 1,
	pageSize = commentQueuePageSize
}: {
	db: Database;
	actor: Actor;
	space: SpaceRef;
	status?: CommentStatus;
	page?: number;
	pageSize?: number;
}) {
	authorize(commentsPolicy, actor, 'readAll', { spaceId: space.id });
	const size = Math.min(Math.max(1, Math.trunc(pageSize)), 200);
	const current = Math.max(1, Math.trunc(page));
	const repository = createCommentsRepository({ db, spaceId: space.id });
	const [{ items, total }, counts] = await Promise.all([
		repository.inStatus(status, { limit: size, offset: (current - 1) * size }),
		repository.countsByStatus()
	]);
	return { items: items.map(presentModeratedComment), total, page: current, pageSize: size, counts };
}

/** The titles and pages of the subjects of some comments (the queue names what each comment is on). */
export async function subjectsOf(db: Database, texts: string[]): Promise<Record<string, { title: string; url: string }>> {
	const found: Record<string, { title: string; url: string }> = {};
	for (const text of new Set(texts)) {
		const subject = parseSubject(text);
		const facts = await commentSubject(subject.kind)?.find(db, subject.id);
		if (facts) found[text] = { title: facts.title, url: facts.url };
	}
	return found;
}

/** How the space moderates (staff). */
export async function getCommentModeration({ db, actor, space }: { db: Database; actor: Actor; space: SpaceRef }): Promise<ModerationMode> {
	authorize(commentsPolicy, actor, 'readAll', { spaceId: space.id });
	return createCommentsRepository({ db, spaceId: space.id }).moderation();
}

/** Staff choose pre-moderation (comments wait for approval) or post-moderation (shown at once). Audited. */
export async function setCommentModeration({ db, context, space, input }: { db: Database; context: AuditContext; space: SpaceRef; input: unknown }) {
	authorize(commentsPolicy, context.actor, 'moderate', { spaceId: space.id });
	if (space.archived) throw spaceReadOnly(space.slug);
	const { moderation } = commentSettingsSchema.parse(input);
	return db.transaction(async (tx) => {
		const repository = createCommentsRepository({ db: tx, spaceId: space.id });
		const before = await repository.moderation();
		if (before === moderation) return moderation;
		await repository.setModeration(moderation);
		await recordAudit({
			db: tx,
			context,
			change: {
				action: 'comment.settings',
				entityType: 'comment_settings',
				entityId: space.id,
				spaceId: space.id,
				before: { moderation: before },
				after: { moderation }
			}
		});
		return moderation;
	});
}

/**
 * What a subject's page needs for its comments: the published ones, the form's signed time, and
 * for a signed-in person their name, e-mail and the organisation they will be shown with.
 */
export async function commentSectionData({ db, actor, subject }: { db: Database; actor: Actor; subject: SubjectRef }) {
	const facts = await commentSubject(subject.kind)?.find(db, subject.id);
	const comments = facts
		? (await createCommentsRepository({ db, spaceId: facts.spaceId }).ofSubject(subject.kind, subject.id, { publishedOnly: true })).map(presentPublicComment)
		: [];
	const signedIn = actor.kind === 'session' || actor.kind === 'token';
	const organisation = facts && signedIn ? await commenterOrganisation(db, actor, facts.spaceId) : null;
	return {
		comments,
		open: facts?.open ?? false,
		started: await commentFormToken(db),
		signedIn: signedIn ? { name: actor.name, email: actor.email, organisation: organisation?.name ?? null } : null
	};
}
