import type { CommandInput } from '../manifest/manifest.ts';
import { cliActor } from '../policy/actor.ts';
import { launchSpace } from './space-launch.ts';
import { archiveSpace, renameSpace, restoreSpace } from './space-life.usecases.ts';

const context = { actor: cliActor, source: 'cli' } as const;
const text = (value: string | boolean | undefined) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

export async function createSpaceCommand({ database, config, options }: CommandInput): Promise<void> {
	const adminEmail = text(options['admin-email']);
	const locale = options.locale === 'en' ? 'en' : 'sl';
	const { space, invited } = await launchSpace({
		db: database.db,
		context,
		publicUrl: config.publicUrl,
		input: {
			slug: String(options.slug ?? ''),
			kind: text(options.kind) ?? 'other',
			name: { sl: String(options.name ?? ''), ...(text(options['name-en']) ? { en: text(options['name-en']) } : {}) },
			...(text(options.region) ? { regionCode: text(options.region) } : {}),
			...(adminEmail ? { firstAdmin: { email: adminEmail, locale } } : {})
		}
	});
	console.log(`Created space ${space.slug}: ${space.name.sl}. Its back office: ${config.publicUrl}/app/spaces/${space.slug}`);
	if (invited) console.log(`Invited ${invited} as its admin; the mail with the link goes out while the server runs (valid for 7 days).`);
}

export async function renameSpaceCommand({ database, config, options }: CommandInput): Promise<void> {
	const name = text(options.name);
	const space = await renameSpace({
		db: database.db,
		context,
		slug: String(options.space ?? ''),
		input: { slug: text(options.slug), name: name ? { sl: name, ...(text(options['name-en']) ? { en: text(options['name-en']) } : {}) } : undefined }
	});
	console.log(`The space is now ${space.slug}: ${space.name.sl}. Its back office: ${config.publicUrl}/app/spaces/${space.slug}`);
}

export async function archiveSpaceCommand({ database, options }: CommandInput): Promise<void> {
	const space = await archiveSpace({ db: database.db, context, slug: String(options.space ?? '') });
	console.log(`The space ${space.slug} is archived: off the public site and read-only until restored.`);
}

export async function restoreSpaceCommand({ database, options }: CommandInput): Promise<void> {
	const space = await restoreSpace({ db: database.db, context, slug: String(options.space ?? '') });
	console.log(`The space ${space.slug} is restored.`);
}
