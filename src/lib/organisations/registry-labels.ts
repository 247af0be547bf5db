import { m } from '../paraglide/messages.js';
import type { LegalForm } from '../reference/legal-forms.ts';

const legalFormLabels: Record<LegalForm, () => string> = {
	association: m.legal_form_association,
	federation: m.legal_form_federation,
	private_institute: m.legal_form_private_institute,
	foundation: m.legal_form_foundation,
	cooperative: m.legal_form_cooperative,
	other_ngo: m.legal_form_other_ngo,
	public_body: m.legal_form_public_body,
	municipality: m.legal_form_municipality,
	company: m.legal_form_company,
	international: m.legal_form_international
};

export const legalFormLabel = (form: string) => legalFormLabels[form as LegalForm]?.() ?? form;

const membershipStatusLabels: Record<string, () => string> = {
	applicant: m.membership_status_applicant,
	member: m.membership_status_member,
	former: m.membership_status_former
};

export const membershipStatusLabel = (status: string) => membershipStatusLabels[status]?.() ?? status;
