import { defineModule } from '../modules/manifest.ts';
import { mailJobHandlers } from './mail.usecases.ts';

export const mailModule = defineModule({
	name: 'mail',
	jobHandlers: ({ transport }) => mailJobHandlers(transport)
});
