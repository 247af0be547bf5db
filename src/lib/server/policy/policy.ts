import type { SpaceRole, TokenScope } from '../../policy/roles.ts';
import type { Actor } from './actor.ts';
import { notAllowed, notSignedIn, scopeMissing } from './policy.errors.ts';

/**
 * One row of a module's policy table: who may do an action. Platform admins and the CLI may do
 * everything; a token additionally needs the module's read or write scope.
 */
export type Rule = {
	/** Anyone, signed in or not. */
	anyone?: true;
	/** Any signed-in person (e.g. managing their own account). */
	signedIn?: true;
	/** People with one of these roles in a space the resource belongs to or is connected to. */
	spaceRoles?: readonly SpaceRole[];
	/**
	 * People with one of these roles in any space: the registry of organisations and people is
	 * shared, and every hub's staff keeps it.
	 */
	anySpaceRoles?: readonly SpaceRole[];
	/** Member editors, for the organisation their membership names (its profile and people). */
	ownOrganisation?: true;
	/** What a token must be allowed: reading or writing this module. */
	access: 'read' | 'write';
	/** Some actions are for people in a browser only, never for tokens (e.g. creating tokens). */
	sessionOnly?: true;
};

export type Policy<Action extends string> = { module: string; rules: Record<Action, Rule> };

export function definePolicy<Action extends string>(module: string, rules: Record<Action, Rule>): Policy<Action> {
	return { module, rules };
}

export type Resource = {
	spaceId?: string;
	/** Every space the resource is connected to (e.g. a person, through their organisations' memberships). */
	spaceIds?: readonly string[];
	/** The organisations the resource belongs to (an organisation itself, or a person's). */
	organisationIds?: readonly string[];
};

/** The scopes that let a token do `access` on `module`: `spaces:write` covers `spaces:read`. */
export function scopesFor(module: string, access: 'read' | 'write'): TokenScope[] {
	const write = ['write', `${module}:write`] as TokenScope[];
	return access === 'write' ? write : [...write, 'read', `${module}:read` as TokenScope];
}

function ruleAllows(rule: Rule, actor: Extract<Actor, { kind: 'session' | 'token' }>, resource: Resource): boolean {
	if (rule.anyone || rule.signedIn || actor.isPlatformAdmin) return true;
	const spaceIds = resource.spaceId ? [resource.spaceId, ...(resource.spaceIds ?? [])] : (resource.spaceIds ?? []);
	for (const spaceId of spaceIds) {
		const membership = actor.memberships.get(spaceId);
		if (membership && rule.spaceRoles?.includes(membership.role)) return true;
	}
	for (const held of actor.memberships.values()) {
		if (rule.anySpaceRoles?.includes(held.role)) return true;
		const ownOrganisation = held.role === 'member_editor' ? held.organisationId : null;
		if (rule.ownOrganisation && ownOrganisation && resource.organisationIds?.includes(ownOrganisation)) return true;
	}
	return false;
}

/** Throws 401 or 403 unless the policy table lets `actor` do `action` on `resource`. */
export function authorize<Action extends string>(policy: Policy<Action>, actor: Actor, action: Action, resource: Resource = {}): void {
	const rule = policy.rules[action];
	if (actor.kind === 'cli' || actor.kind === 'system') return;
	if (actor.kind === 'anonymous') {
		if (rule.anyone) return;
		throw notSignedIn();
	}
	const name = `${policy.module}.${action}`;
	if (actor.kind === 'token') {
		if (rule.sessionOnly) throw notAllowed(name);
		const needed = scopesFor(policy.module, rule.access);
		if (!needed.some((scope) => actor.scopes.includes(scope))) throw scopeMissing(name, `${policy.module}:${rule.access}`);
	}
	if (!ruleAllows(rule, actor, resource)) throw notAllowed(name);
}

/** The same decision as a boolean, for showing or hiding links and buttons. */
export function can<Action extends string>(policy: Policy<Action>, actor: Actor, action: Action, resource?: Resource) {
	try {
		authorize(policy, actor, action, resource);
		return true;
	} catch {
		return false;
	}
}
