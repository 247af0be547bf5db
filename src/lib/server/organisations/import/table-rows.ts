/** A data row with the line it starts on in the file (the header is line 1). */
export type TableRow = { line: number; values: string[] };

/** Takes the rows of a file one by one as they are read; may throw to stop the reading. */
export type RowSink = (row: TableRow) => void;

/** Thrown by a sink that has all it needs (e.g. the header): not an error of the file. */
export class StopReading extends Error {}
