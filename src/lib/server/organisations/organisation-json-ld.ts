import { localHref } from '../../shared/links.ts';
import { localized, type Locale } from '../../shared/locale.ts';
import { isNgoLegalForm } from '../../reference/legal-forms.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { regionByCode } from '../../reference/regions.ts';
import type { Organisation } from './organisations.schemas.ts';
import type { SpaceMembership } from './public-profile.ts';

/** schema.org data of an organisation's public page, for search engines and other machines. */
export function organisationJsonLd({
	organisation,
	memberships,
	origin,
	locale
}: {
	organisation: Organisation;
	memberships: SpaceMembership[];
	origin: string;
	locale: Locale;
}): Record<string, unknown> {
	const absolute = (path: string) => new URL(localHref(path, { locale }), origin).href;
	const alternateNames = [organisation.shortName, ...organisation.aliases].filter((name): name is string => Boolean(name));
	const hasAddress = organisation.street || organisation.postalCode || organisation.city || organisation.municipalityCode;
	const data: Record<string, unknown> = {
		'@context': 'https://schema.org',
		'@type': isNgoLegalForm(organisation.legalForm) ? 'NGO' : 'Organization',
		'@id': absolute(`/organisations/${organisation.id}`),
		name: organisation.name,
		alternateName: alternateNames.length > 0 ? alternateNames : undefined,
		identifier: organisation.registrationNumber,
		taxID: organisation.taxNumber,
		url: organisation.website,
		email: organisation.email,
		logo: organisation.hasLogo ? new URL(`/organisations/${organisation.id}/logo`, origin).href : undefined,
		address: hasAddress
			? {
					'@type': 'PostalAddress',
					streetAddress: organisation.street,
					postalCode: organisation.postalCode,
					addressLocality: organisation.city ?? (organisation.municipalityCode ? municipalityByCode(organisation.municipalityCode)?.name : undefined),
					addressRegion: organisation.regionCode ? regionByCode(organisation.regionCode)?.name : undefined,
					addressCountry: 'SI'
				}
			: undefined,
		memberOf:
			memberships.length > 0
				? memberships.map((membership) => ({
						'@type': 'Organization',
						name: localized(membership.name, locale).text,
						url: absolute(`/spaces/${membership.slug}`)
					}))
				: undefined
	};
	// properties left undefined are dropped
	return JSON.parse(JSON.stringify(data));
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped, so nothing in the
 * data (a name with `</script>` in it) can end the element early.
 */
export function jsonLdText(data: Record<string, unknown>): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
