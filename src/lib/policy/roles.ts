// Roles people hold in a space, shared by the server policies and the back-office pages.
export const spaceRoles = ['admin', 'staff', 'member_editor', 'viewer'] as const;
export type SpaceRole = (typeof spaceRoles)[number];

// What an API token may do; each write scope covers reading the same module.
export const tokenScopes = [
	'read',
	'write',
	'spaces:read',
	'spaces:write',
	'team:read',
	'team:write',
	'audit:read',
	'organisations:read',
	'organisations:write',
	'people:read',
	'people:write',
	'memberships:read',
	'memberships:write',
	'activities:read',
	'activities:write',
	'posts:read',
	'posts:write',
	'comments:read',
	'comments:write',
	'calls:read',
	'calls:write',
	'newsletters:read',
	'newsletters:write'
] as const;
export type TokenScope = (typeof tokenScopes)[number];
