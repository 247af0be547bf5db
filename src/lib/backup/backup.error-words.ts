import { m } from '../paraglide/messages.js';
import { textOf, type ErrorWords } from '../shared/error-words.ts';

export const errorWords: ErrorWords = {
	backup_unreadable: (details) => m.error_backup_unreadable({ file: textOf(details.file) }),
	backup_damaged: (details) => m.error_backup_damaged({ file: textOf(details.file) }),
	backup_format_too_new: (details) => m.error_backup_format_too_new({ file: textOf(details.file) }),
	backup_nothing: () => m.error_backup_nothing(),
	backup_schema_too_new: (details) => m.error_backup_schema_too_new({ migration: textOf(details.migration) }),
	backup_migration_differs: (details) => m.error_backup_migration_differs({ migration: textOf(details.migration) }),
	restore_target_not_empty: () => m.error_restore_target_not_empty(),
	restore_table_missing: (details) => m.error_restore_table_missing({ table: textOf(details.table) })
};
