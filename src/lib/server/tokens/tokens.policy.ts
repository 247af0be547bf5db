import { definePolicy } from '../policy/policy.ts';

/** People manage their own tokens, in a browser: a token cannot make or revoke tokens. */
export const tokensPolicy = definePolicy('tokens', {
	manageOwn: { signedIn: true, access: 'write', sessionOnly: true }
});
