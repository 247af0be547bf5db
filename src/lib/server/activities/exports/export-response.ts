import { getLocale } from '../../../paraglide/runtime.js';
import type { Locale } from '../../../shared/locale.ts';
import { csvFlavours, type CsvFlavour } from '../../organisations/import/export.usecases.ts';
import { activityExportFormats, activityExportTypes, contentDisposition, type ActivityExportFormat } from './export-stream.ts';

export const isActivityExportFormat = (format: string): format is ActivityExportFormat => (activityExportFormats as readonly string[]).includes(format);

/**
 * What the query asks of the file besides its rows: `locale=sl|en` (else the request's language)
 * for the headings and words, and for CSV `flavour=excel-sl` (`;`-separated, what Excel set to
 * Slovenian opens in columns) or `standard` (`,`, the default), as the registry's export does.
 */
export function exportOptionsOf(url: URL): { locale: Locale; flavour: CsvFlavour } {
	const asked = url.searchParams.get('locale');
	const locale: Locale = asked === 'en' || asked === 'sl' ? asked : getLocale();
	const flavour = url.searchParams.get('flavour') ?? 'standard';
	return { locale, flavour: (csvFlavours as readonly string[]).includes(flavour) ? (flavour as CsvFlavour) : 'standard' };
}

/** The streamed file as a download, never cached (it names people). */
export function fileResponse({ stream, baseName }: { stream: ReadableStream<Uint8Array>; baseName: string }, format: ActivityExportFormat): Response {
	return new Response(stream, {
		headers: {
			'content-type': activityExportTypes[format],
			'content-disposition': contentDisposition(baseName, format),
			'cache-control': 'no-store'
		}
	});
}

/** The first and last day of the year the day `today` is in (Ljubljana), the default period of an export. */
export function defaultPeriod(today = new Date()): { from: string; to: string } {
	const year = new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone: 'Europe/Ljubljana' }).format(today);
	return { from: `${year}-01-01`, to: `${year}-12-31` };
}
