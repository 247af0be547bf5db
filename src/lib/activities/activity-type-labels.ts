import { m } from '../paraglide/messages.js';

/** Words for the built-in types of activity and the four pillars; a space's own types carry their names. */
const typeLabels: Record<string, (inputs?: Record<string, never>, options?: { locale?: 'sl' | 'en' }) => string> = {
	training: m.activities_type_training,
	workshop: m.activities_type_workshop,
	conference: m.activities_type_conference,
	info_session: m.activities_type_info_session,
	advice_session: m.activities_type_advice_session,
	mentoring: m.activities_type_mentoring,
	networking_event: m.activities_type_networking_event,
	advocacy_action: m.activities_type_advocacy_action,
	other: m.activities_type_other
};

const pillarLabels: Record<string, () => string> = {
	informing: m.activities_pillar_informing,
	training: m.activities_pillar_training,
	networking: m.activities_pillar_networking,
	advocacy: m.activities_pillar_advocacy
};

/** A built-in type in the reader's language (or the one asked for); undefined for a space's own. */
export function builtInTypeLabel(code: string, locale?: 'sl' | 'en'): string | undefined {
	return typeLabels[code]?.({}, locale ? { locale } : {});
}

export function pillarLabel(pillar: string): string {
	return pillarLabels[pillar]?.() ?? pillar;
}
