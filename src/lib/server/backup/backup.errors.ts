import { AppError } from '../shared/errors.ts';

export const notABackup = (file: string, reason: string) =>
	new AppError('backup_unreadable', 'invalid', `${file} is not a Stičišče backup that can be read (${reason}).`, { file });

export const backupDamaged = (file: string, reason: string) =>
	new AppError('backup_damaged', 'invalid', `The backup ${file} is damaged: ${reason}. Use another backup.`, { file });

export const backupFormatTooNew = (file: string, format: number) =>
	new AppError(
		'backup_format_too_new',
		'invalid',
		`The backup ${file} has format ${format}, which this version of Stičišče cannot read. Update Stičišče first, then restore.`,
		{ file, format }
	);

export const nothingToBackUp = () =>
	new AppError('backup_nothing', 'invalid', 'The database has no Stičišče schema yet (no migration was applied): there is nothing to back up.');

/** The backup names a migration this code does not have: it was made by a newer version. */
export const backupSchemaTooNew = (migration: string) =>
	new AppError(
		'backup_schema_too_new',
		'invalid',
		`The backup was made at a newer schema (migration ${migration}) than this version of Stičišče knows. Update Stičišče first, then restore.`,
		{ migration }
	);

/** Same position in the history, different SQL: the schemas need not match, so rows might not fit. */
export const backupMigrationDiffers = (migration: string) =>
	new AppError(
		'backup_migration_differs',
		'invalid',
		`The migration ${migration} in the backup differs from this version's migration of the same time. Restore it with the version of Stičišče that made it.`,
		{ migration }
	);

export const restoreTargetNotEmpty = (relations: string[]) =>
	new AppError(
		'restore_target_not_empty',
		'conflict',
		`The target database is not empty (it holds ${relations.slice(0, 3).join(', ')}${relations.length > 3 ? ', …' : ''}). ` +
			'Restore into an empty database: a new DATA_DIR for the embedded server, or a new database (createdb) named by DATABASE_URL. ' +
			'Do not start the server on it before restoring: it would create the schema and the demo content.',
		{ relations: relations.length }
	);

export const restoreTableMissing = (table: string) =>
	new AppError('restore_table_missing', 'invalid', `The backup holds the table ${table}, which its schema version does not create. The backup is damaged.`, {
		table
	});
