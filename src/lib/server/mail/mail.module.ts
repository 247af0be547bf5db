import { defineModule } from '../manifest/manifest.ts';
import { mailJobHandlers } from './mail.usecases.ts';

export const mailModule = defineModule({
	name: 'mail',
	jobHandlers: ({ transport }) => mailJobHandlers(transport)
});
