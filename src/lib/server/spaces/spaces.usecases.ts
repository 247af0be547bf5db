import { spaceNotFound } from './spaces.errors.ts';
import { presentSpace } from './spaces.presenter.ts';
import type { SpacesRepository } from './spaces.repository.ts';
import { spaceInputSchema, type Space, type SpaceInput } from './spaces.schemas.ts';

type Deps = { spacesRepository: SpacesRepository };

export async function listSpaces({ spacesRepository }: Deps): Promise<Space[]> {
	const rows = await spacesRepository.list();
	return rows.map(presentSpace);
}

export async function getSpaceBySlug({ spacesRepository, slug }: Deps & { slug: string }): Promise<Space> {
	const row = await spacesRepository.findBySlug(slug);
	if (!row) throw spaceNotFound(slug);
	return presentSpace(row);
}

export async function createSpace({ spacesRepository, input }: Deps & { input: SpaceInput }): Promise<Space> {
	const profile = spaceInputSchema.parse(input);
	return presentSpace(await spacesRepository.insert(profile));
}
