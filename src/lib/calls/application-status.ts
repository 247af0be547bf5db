import { m } from '../paraglide/messages.js';

const labels: Record<string, () => string> = {
	applied: m.calls_application_status_applied,
	granted: m.calls_application_status_granted,
	rejected: m.calls_application_status_rejected,
	withdrawn: m.calls_application_status_withdrawn
};

export const applicationStatusLabel = (status: string) => labels[status]?.() ?? status;
