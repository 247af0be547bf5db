import { definePolicy } from '../policy/policy.ts';

/** The platform's own texts (contact, accessibility statement, privacy notice): its platform admins write them. */
export const settingsPolicy = definePolicy('settings', {
	editSite: { access: 'write', sessionOnly: true }
});
