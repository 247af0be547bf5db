import { m } from '../paraglide/messages.js';
import type { SpaceRole } from './roles.ts';

const labels: Record<SpaceRole, () => string> = {
	admin: m.role_admin,
	staff: m.role_staff,
	member_editor: m.role_member_editor,
	viewer: m.role_viewer
};

export const roleLabel = (role: SpaceRole) => labels[role]();
