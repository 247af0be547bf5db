import { defineModule } from '../manifest/manifest.ts';
import { backupCommand, restoreCommand } from './backup.cli.ts';

/** Backups of the whole platform and their restore, from the CLI. */
export const backupModule = defineModule({
	name: 'backup',
	cliCommands: {
		backup: {
			summary: 'Write a snapshot of the whole platform (every table, logos included) to a .tar.gz file; safe while the server runs.',
			usage: 'FILE.tar.gz',
			positionals: true,
			skipMigration: true,
			run: backupCommand
		},
		restore: {
			summary: 'Load a backup into an empty database (a new DATA_DIR or DATABASE_URL), then migrate it to this version.',
			usage: 'FILE.tar.gz',
			positionals: true,
			skipMigration: true,
			run: restoreCommand
		}
	}
});
