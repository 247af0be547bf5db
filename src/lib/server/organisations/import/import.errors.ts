import { AppError } from '../../shared/errors.ts';

export const importFileFormat = (fileName: string) =>
	new AppError('import_file_format', 'invalid', `"${fileName}" is neither a CSV nor an XLSX file.`, { fileName });

export const importFileUnreadable = (reason: string) =>
	new AppError('import_file_unreadable', 'invalid', `The file cannot be read: ${reason}`, { reason });

export const importFileEmpty = () => new AppError('import_file_empty', 'invalid', 'The file has no header row.');

export const importFileTooLarge = (maxBytes: number) =>
	new AppError('import_file_too_large', 'invalid', `The file is larger than ${Math.round(maxBytes / 1_000_000)} MB.`, {
		maxMegabytes: Math.round(maxBytes / 1_000_000)
	});

/** The header is not our layout nor a preset's: the caller must say which column is which. */
export const importMappingNeeded = (header: string[]) =>
	new AppError('import_mapping_needed', 'invalid', `The columns are not ours (${header.join(', ')}): map them to ours.`, { header });

export const importMappingColumnMissing = (column: string, fileColumn: string) =>
	new AppError('import_mapping_column_missing', 'invalid', `The file has no column "${fileColumn}" (mapped to ${column}).`, {
		column,
		fileColumn
	});

export const importMappingUnknownColumn = (column: string) =>
	new AppError('import_mapping_unknown_column', 'invalid', `"${column}" is not one of our columns.`, { column });

export const importMappingRequired = (columns: string[]) =>
	new AppError('import_mapping_required', 'invalid', `Map a column of the file to ${columns.join(' and ')}.`, { columns });

export const importNotFound = (id: string) => new AppError('import_not_found', 'not_found', `No import has the id "${id}".`, { id });

export const importNotReady = (id: string) =>
	new AppError('import_not_ready', 'conflict', `The import ${id} has problems or has already run.`, { id });
