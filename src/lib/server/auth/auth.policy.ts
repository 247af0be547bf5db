import { definePolicy } from '../policy/policy.ts';

export const usersPolicy = definePolicy('users', {
	create: { access: 'write' },
	changeOwnPassword: { signedIn: true, access: 'write', sessionOnly: true }
});
