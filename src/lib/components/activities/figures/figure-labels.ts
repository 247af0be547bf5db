import { m } from '../../../paraglide/messages.js';
import { legalFormLabel } from '../../../organisations/registry-labels.ts';
import { regionByCode } from '../../../reference/regions.ts';

const typeLabels: Record<string, () => string> = {
	training: m.figures_type_training,
	workshop: m.figures_type_workshop,
	conference: m.figures_type_conference,
	info_session: m.figures_type_info_session,
	advice_session: m.figures_type_advice_session,
	mentoring: m.figures_type_mentoring,
	networking_event: m.figures_type_networking_event,
	advocacy_action: m.figures_type_advocacy_action,
	other: m.figures_type_other
};
const pillarLabels: Record<string, () => string> = {
	informing: m.figures_pillar_informing,
	training: m.figures_pillar_training,
	networking: m.figures_pillar_networking,
	advocacy: m.figures_pillar_advocacy
};

/** A built-in type by its words; a type the space added by its code (the page has no names of those yet). */
export const typeLabel = (type: string) => typeLabels[type]?.() ?? type.replace(/_/g, ' ');
export const pillarLabel = (pillar: string) => pillarLabels[pillar]?.() ?? pillar;
export const regionLabel = (code: string | null) => (code ? (regionByCode(code)?.name ?? code) : m.figures_unknown_region());
export const formLabel = (form: string | null) => (form ? legalFormLabel(form) : m.figures_unknown_form());

/** The share as `66,7 %` / `66.7%`. */
export function shareText(part: number, whole: number, locale: 'sl' | 'en'): string {
	if (!whole) return '–';
	const value = new Intl.NumberFormat(locale === 'sl' ? 'sl-SI' : 'en-GB', { maximumFractionDigits: 1 }).format((part / whole) * 100);
	return locale === 'sl' ? `${value} %` : `${value}%`;
}

export const chartWidth = 340;
const rowHeight = 50;

/**
 * Horizontal bars, one per row, each with its label above it: readable on a phone, where the
 * chart is scaled to the width of the screen. Pure, so the component only draws it.
 */
export function barChartLayout(rows: readonly { label: string; value: number }[]) {
	const max = Math.max(...rows.map((row) => row.value), 1);
	const room = chartWidth - 60;
	return {
		height: rows.length * rowHeight + 4,
		bars: rows.map((row, index) => {
			const top = index * rowHeight;
			const width = Math.max((row.value / max) * room, row.value > 0 ? 2 : 0);
			return { label: row.label, value: row.value, labelY: top + 18, barY: top + 25, barHeight: 18, width, valueX: width + 6 };
		})
	};
}
