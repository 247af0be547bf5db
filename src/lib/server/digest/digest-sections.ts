import { digestSectionsOf, type DigestSection, type ModuleManifest } from '../manifest/manifest.ts';

/** The sections of every module by their order; two modules may not register one id. */
export function digestSectionRegistry(manifests: readonly ModuleManifest[]): DigestSection[] {
	const sections = digestSectionsOf(manifests);
	const ids = new Set<string>();
	for (const section of sections) {
		if (ids.has(section.id)) throw new Error(`Two modules register the digest section ${section.id}.`);
		ids.add(section.id);
	}
	return sections;
}

let installed: DigestSection[] | undefined;

/**
 * Called once by the module list (`modules.ts`) with every manifest: the digest reads its sections
 * from here, so that it need not import the list that imports it.
 */
export function installDigestSections(manifests: readonly ModuleManifest[]): void {
	installed = digestSectionRegistry(manifests);
}

/** The installed sections, by their order. */
export function digestSections(): DigestSection[] {
	if (!installed) throw new Error('No digest sections are installed: import src/lib/server/modules.ts first.');
	return installed;
}
