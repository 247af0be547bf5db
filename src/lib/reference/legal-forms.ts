/**
 * Legal forms of organisations in the registry. The first six are NGOs under the NGO Act
 * (ZNOrg); the others are partners, financers and authorities the NGOs work with. Being a
 * financer is a role an organisation plays, not a form.
 */
export const ngoLegalForms = ['association', 'federation', 'private_institute', 'foundation', 'cooperative', 'other_ngo'] as const;
export const otherLegalForms = ['public_body', 'municipality', 'company', 'international'] as const;
export const legalForms = [...ngoLegalForms, ...otherLegalForms] as const;

export type LegalForm = (typeof legalForms)[number];

export function isNgoLegalForm(form: string): boolean {
	return (ngoLegalForms as readonly string[]).includes(form);
}
