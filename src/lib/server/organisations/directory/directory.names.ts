import type { DirectoryNames } from '../../../organisations/directory/directory-labels.ts';
import type { Database } from '../../db/client.ts';
import { createFieldsRepository } from '../../fields/fields.repository.ts';
import type { SpacesRepository } from '../../spaces/spaces.repository.ts';

/** Names of fields of work and of spaces, for the directory's facets and results. */
export async function directoryNames({ db, spacesRepository }: { db: Database; spacesRepository: SpacesRepository }): Promise<DirectoryNames> {
	const [fields, spaces] = await Promise.all([createFieldsRepository({ db }).list(), spacesRepository.list()]);
	return {
		fields: Object.fromEntries(fields.map((field) => [field.code, field.name])),
		spaces: Object.fromEntries(spaces.map((space) => [space.slug, space.name]))
	};
}
