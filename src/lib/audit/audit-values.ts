import { m } from '../paraglide/messages.js';
import { roleLabel } from '../policy/role-labels.ts';
import { spaceRoles, type SpaceRole } from '../policy/roles.ts';

/** Words for coded values several modules record. */
const languages: Record<string, () => string> = { sl: m.audit_language_sl, en: m.audit_language_en };

export const languageLabel = (code: string) => languages[code]?.();

export const spaceRoleLabel = (role: string) => ((spaceRoles as readonly string[]).includes(role) ? roleLabel(role as SpaceRole) : undefined);
