/**
 * Times an import of a synthetic 30,000-row CSV (not a test: figures depend on the machine).
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node scripts/time-import.ts [rows]
 * makes a database of its own on that server and drops it afterwards; without DATABASE_URL it
 * runs on an in-memory PGlite.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openPglite, openPostgres, type DatabaseHandle } from '#lib/server/db/client.ts';
import { organisationsToFile } from '#lib/server/organisations/import/export.usecases.ts';
import { importOrganisations } from '#lib/server/organisations/import/import.usecases.ts';
import type { OrganisationInput } from '#lib/server/organisations/organisations.schemas.ts';
import { cliActor } from '#lib/server/policy/actor.ts';
import { taxNumberCheckDigit } from '#lib/reference/identifiers.ts';
import { municipalityCodes } from '#lib/reference/municipalities.ts';

const rows = Number(process.argv[2] ?? 30_000);
const fields = ['culture', 'sport', 'youth', 'social_care', 'environment', 'health'];
const forms = ['association', 'association', 'association', 'association', 'private_institute', 'foundation'] as const;

function organisation(index: number): OrganisationInput {
	const firstSeven = String(1_000_000 + index * 7);
	const check = taxNumberCheckDigit(firstSeven);
	return {
		name: `${index % 6 === 4 ? 'Zavod' : 'Društvo'} številka ${index} ${['Šentvid', 'Žalec', 'Črnomelj'][index % 3]}`,
		legalForm: forms[index % forms.length]!,
		registrationNumber: String(2_000_000 + index),
		...(check === undefined ? {} : { taxNumber: `${firstSeven}${check}` }),
		street: `Glavna cesta ${index % 200}`,
		postalCode: String(1000 + (index % 8000)),
		city: 'Kraj',
		municipalityCode: municipalityCodes[index % municipalityCodes.length]!,
		email: `info${index}@example.si`,
		fields: [fields[index % fields.length]!],
		publicInterest: index % 10 === 0 ? [{ field: fields[index % fields.length]!, decidedOn: '2021-03-01' }] : [],
		aliases: [],
		donationEligible: false
	};
}

async function openDatabase(): Promise<{ database: DatabaseHandle; drop: () => Promise<void> }> {
	const url = process.env.DATABASE_URL;
	if (!url) {
		const database = await openPglite({});
		await database.migrate();
		return { database, drop: async () => {} };
	}
	const name = `sticisce_timing_${randomBytes(4).toString('hex')}`;
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${name}"`);
	const target = new URL(url);
	target.pathname = `/${name}`;
	const database = openPostgres({ url: target.toString() });
	await database.migrate();
	return {
		database,
		drop: async () => {
			await admin.unsafe(`drop database "${name}" with (force)`);
			await admin.end();
		}
	};
}

const content = await organisationsToFile(Array.from({ length: rows }, (_, index) => organisation(index)), 'csv');
const { database, drop } = await openDatabase();
try {
	for (const label of ['first import (all new)', 'second import (all unchanged)']) {
		const started = performance.now();
		const result = await importOrganisations({
			db: database.db,
			context: { actor: cliActor, source: 'cli' },
			file: { name: 'timing.csv', content },
			dryRun: false
		});

		const seconds = ((performance.now() - started) / 1000).toFixed(2);
		console.log(
			`${label}: ${seconds} s for ${result.total} rows (${result.created} created, ${result.unchanged} unchanged, ${result.problems.length} problems) on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`
		);
	}
} finally {
	await database.close();
	await drop();
}
