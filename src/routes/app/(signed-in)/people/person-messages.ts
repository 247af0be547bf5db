import { m } from '#lib/paraglide/messages.js';

/** What to enter, per field of the people forms; problems of the whole form come from their code. */
export const personFieldMessages: Record<string, () => string> = {
	name: m.people_field_name_required,
	email: m.people_field_email_invalid,
	phone: m.people_field_phone_invalid,
	since: m.problem_date,
	until: m.people_field_until_invalid,
	role: m.people_field_role_invalid
};
