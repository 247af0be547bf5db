import { sessionForm } from '../http/access-rules.ts';
import { defineModule } from '../modules/manifest.ts';

export const tokensModule = defineModule({
	name: 'tokens',
	routes: { '/app/(signed-in)/tokens': sessionForm }
});
