import { commentSubjectsOf, type CommentSubject, type ModuleManifest } from '../manifest/manifest.ts';

// the types live beside the manifest that declares them (a module's `commentSubjects`)
export type { CommentSubject, CommentSubjectFacts } from '../manifest/manifest.ts';

/** The subjects of every module by kind; two modules may not declare one kind. */
export function commentSubjectRegistry(manifests: readonly ModuleManifest[]): Map<string, CommentSubject> {
	const registry = new Map<string, CommentSubject>();
	for (const subject of commentSubjectsOf(manifests)) {
		if (registry.has(subject.kind)) throw new Error(`Two modules declare the comment subject ${subject.kind}.`);
		registry.set(subject.kind, subject);
	}
	return registry;
}

let installed: Map<string, CommentSubject> | undefined;

/** Called once by the module list (`modules.ts`): the use cases find subjects here, without importing the list that imports them. */
export function installCommentSubjects(manifests: readonly ModuleManifest[]): void {
	installed = commentSubjectRegistry(manifests);
}

// Subjects added by code running in the same process as the production build (the HTTP tests, the
// benchmark's server), which cannot reach the build's copy of this module: shared through a global
// symbol. Nothing outside the process can add one.
const added = Symbol.for('sticisce.comment-subjects');
type WithAdded = typeof globalThis & { [added]?: Map<string, CommentSubject> };

/** Adds a subject kind outside the module list (tests and benchmarks that register a kind of their own). */
export function addCommentSubject(subject: CommentSubject): void {
	const holder = globalThis as WithAdded;
	(holder[added] ??= new Map()).set(subject.kind, subject);
}

/** The subject kind `kind`, if a module (or a test) declares it. */
export function commentSubject(kind: string): CommentSubject | undefined {
	return installed?.get(kind) ?? (globalThis as WithAdded)[added]?.get(kind);
}
