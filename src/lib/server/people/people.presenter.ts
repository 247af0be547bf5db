import type { AffiliationWithOrganisation } from './people.repository.ts';
import type { Affiliation, ConsentRecord, Person, PersonSummary } from './people.schemas.ts';
import { consentPurposes, type ConsentRow, type PersonRow } from './people.table.ts';

export function presentAffiliation(row: AffiliationWithOrganisation, today = new Date().toISOString().slice(0, 10)): Affiliation {
	return {
		id: row.id,
		organisationId: row.organisationId,
		organisationName: row.organisationName,
		role: row.role,
		since: row.since,
		until: row.until,
		current: row.until === null || row.until >= today
	};
}

export function presentConsent(row: ConsentRow): ConsentRecord {
	return { purpose: row.purpose, granted: row.granted, source: row.source, recordedAt: row.recordedAt.toISOString() };
}

/** The consent in force per purpose: the latest recorded (history comes newest first). */
export function currentConsents(history: ConsentRecord[]): Person['consents'] {
	const inForce = (purpose: (typeof consentPurposes)[number]) => {
		const latest = history.find((record) => record.purpose === purpose);
		return latest ? { granted: latest.granted, source: latest.source, recordedAt: latest.recordedAt } : null;
	};
	return { newsletter: inForce('newsletter'), data_processing: inForce('data_processing') };
}

export function presentPersonSummary(row: PersonRow, currentAffiliations: AffiliationWithOrganisation[]): PersonSummary {
	return {
		id: row.id,
		name: row.name,
		email: row.email,
		phone: row.phone,
		erased: row.erasedAt !== null,
		affiliations: currentAffiliations.map((affiliation) => presentAffiliation(affiliation))
	};
}

/** `consentRows` newest first, as the repository gives them. */
export function presentPerson(row: PersonRow, affiliationRows: AffiliationWithOrganisation[], consentRows: ConsentRow[]): Person {
	const consentHistory = consentRows.map(presentConsent);
	return {
		...presentPersonSummary(row, affiliationRows),
		consents: currentConsents(consentHistory),
		consentHistory,
		erasedAt: row.erasedAt?.toISOString() ?? null,
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString()
	};
}
