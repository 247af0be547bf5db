import { anyone, read } from '../manifest/access-rules.ts';
import { defineModule } from '../manifest/manifest.ts';

/** What the platform answers itself: its health, the API's description, and unknown API addresses. */
export const apiModule = defineModule({
	name: 'api',
	routes: {
		'/healthz': read,
		'/api/v1/openapi.json': read,
		'/api/[...path]': { GET: anyone, POST: anyone, PUT: anyone, PATCH: anyone, DELETE: anyone }
	}
});
