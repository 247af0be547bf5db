import { defineConfig } from 'drizzle-kit';

export default defineConfig({
	dialect: 'postgresql',
	// every module's tables, found by name: a new module's tables need no central list
	schema: './src/lib/server/**/*.table.ts',
	out: './drizzle'
});
