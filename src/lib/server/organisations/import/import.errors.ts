import { AppError } from '../../shared/errors.ts';

export const importFileFormat = (fileName: string) =>
	new AppError('import_file_format', 'invalid', `"${fileName}" is not a CSV, XLSX or ODS file.`, { fileName });

/**
 * A workbook in Excel's format of 1997–2003 (BIFF in an OLE container): no reader of it that we
 * would trust with uploads is kept up in the npm registry, and every spreadsheet saves the same
 * sheet as XLSX in two steps, which the message names.
 */
export const importFileLegacyExcel = (fileName: string) =>
	new AppError('import_file_legacy_excel', 'invalid', `"${fileName}" is an Excel 97–2003 workbook (.xls): save it as .xlsx or .csv and upload that.`, {
		fileName
	});

/** The bytes are neither clean UTF-8 nor clean Windows-1250: reading them would garble names. */
export const importFileEncoding = (line: number, character: string) =>
	new AppError(
		'import_file_encoding',
		'invalid',
		`The file is neither UTF-8 nor Windows-1250 text: line ${line} holds the control character ${character}. Save it as CSV UTF-8 and upload it again.`,
		{ line, character }
	);

export const importFileUnreadable = (reason: string) => new AppError('import_file_unreadable', 'invalid', `The file cannot be read: ${reason}`, { reason });

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

export const importNotReady = (id: string) => new AppError('import_not_ready', 'conflict', `The import ${id} has problems or has already run.`, { id });

export const importFileUnpackedTooLarge = (maxBytes: number) =>
	new AppError('import_file_unpacked_too_large', 'invalid', `The workbook unpacks to more than ${Math.round(maxBytes / 1_000_000)} MB.`, {
		maxMegabytes: Math.round(maxBytes / 1_000_000)
	});

export const importFileCompressionRatio = (maxRatio: number) =>
	new AppError('import_file_compression_ratio', 'invalid', `A part of the workbook unpacks to more than ${maxRatio} times its size.`, {
		maxRatio
	});

export const importFileTooManyRows = (maxRows: number) =>
	new AppError('import_file_too_many_rows', 'invalid', `The file has more than ${maxRows} rows.`, { maxRows });

export const importFileTooManyColumns = (maxColumns: number, line: number) =>
	new AppError('import_file_too_many_columns', 'invalid', `Line ${line} has a value beyond column ${maxColumns}.`, { maxColumns, line });

export const importFileCellTooLong = (maxCharacters: number, line?: number) =>
	new AppError('import_file_cell_too_long', 'invalid', `A cell${line ? ` on line ${line}` : ''} is longer than ${maxCharacters} characters.`, {
		maxCharacters,
		...(line ? { line } : {})
	});

/** The import's process stopped while it ran (a crash or a kill): its transaction was rolled back. */
export const importInterrupted = () =>
	new AppError('import_interrupted', 'conflict', 'The import was interrupted when the server stopped; nothing was written.');
