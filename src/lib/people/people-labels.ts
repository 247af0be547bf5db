import { m } from '../paraglide/messages.js';

const purposeLabels: Record<string, () => string> = {
	newsletter: m.people_purpose_newsletter,
	data_processing: m.people_purpose_data_processing
};

export const consentPurposeLabel = (purpose: string) => purposeLabels[purpose]?.() ?? purpose;

/** An erased person's stored name is a placeholder; people read it in their own language. */
export const personName = (person: { name: string; erased: boolean }) => (person.erased ? m.people_erased_name() : person.name);
