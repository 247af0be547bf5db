import type { DemoLoad, DemoLoaded } from '../../manifest/manifest.ts';
import { createSpacesRepository } from '../spaces.repository.ts';
import { createSpace } from '../spaces.usecases.ts';
import { demoSpaces } from './index.ts';

/** The spaces of the seeds that are not there yet (by slug); the ones created are told to later modules. */
export async function loadDemoSpaces({ db, context, createdSpaces }: DemoLoad): Promise<DemoLoaded> {
	const spacesRepository = createSpacesRepository({ db });
	const loaded: DemoLoaded = { created: [], skipped: [] };
	for (const input of demoSpaces) {
		if (await spacesRepository.findBySlug(input.slug)) {
			loaded.skipped.push(input.slug);
			continue;
		}
		createdSpaces.set(input.slug, (await createSpace({ db, context, input })).id);
		loaded.created.push(input.slug);
	}
	return loaded;
}
