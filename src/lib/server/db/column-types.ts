import { customType } from 'drizzle-orm/pg-core';

/** Binary content (e.g. a logo), as a Node Buffer on both drivers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value))
});

/** A full-text document; only written by the database (generated columns), read in queries. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
