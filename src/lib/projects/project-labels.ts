import { m } from '../paraglide/messages.js';

const statusLabels: Record<string, () => string> = {
	planned: m.projects_status_planned,
	running: m.projects_status_running,
	ended: m.projects_status_ended
};

export const projectStatusLabel = (status: string) => statusLabels[status]?.() ?? status;
