/**
 * How much of a file an import reads. The whole Slovenian NGO registry is some 30,000 rows of
 * about 30 columns, in an XLSX of a few MB that unpacks to some 40 MB: these leave room for it
 * and refuse what would only cost memory and time.
 */
export type ImportLimits = {
	/** The uploaded file as it is (compressed, for XLSX). */
	maxFileBytes: number;
	/** All of an XLSX's parts unpacked, by their declared sizes and as they are read. */
	maxUnpackedBytes: number;
	/** Unpacked to packed, per part of an XLSX larger than a megabyte; text rarely passes 20. */
	maxCompressionRatio: number;
	/** Data rows, the header not counted. */
	maxRows: number;
	maxColumns: number;
	maxCellCharacters: number;
};

export const importLimits: ImportLimits = {
	maxFileBytes: 20_000_000,
	maxUnpackedBytes: 200_000_000,
	maxCompressionRatio: 100,
	maxRows: 100_000,
	maxColumns: 100,
	maxCellCharacters: 20_000
};
