import { definePolicy } from '../policy/policy.ts';

/** The list of fields of work is the platform's: only platform admins change it. */
export const fieldsPolicy = definePolicy('fields', {
	read: { anyone: true, access: 'read' },
	manage: { access: 'write', sessionOnly: true }
});
