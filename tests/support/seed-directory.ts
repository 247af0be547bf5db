// Seeds a database (already migrated, with the demo spaces) with organisations for the directory's
// tests, through the use cases; memberships and a merge are written directly, as their modules
// are not the directory's. Called in the test process before the server starts.
import type { Database } from '../../src/lib/server/db/client.ts';
import { memberships } from '../../src/lib/server/memberships/memberships.table.ts';
import { organisationLogos, organisationRedirects } from '../../src/lib/server/organisations/organisations.table.ts';
import { createOrganisation } from '../../src/lib/server/organisations/organisations.usecases.ts';
import { cliActor } from '../../src/lib/server/policy/actor.ts';
import { createSpacesRepository } from '../../src/lib/server/spaces/spaces.repository.ts';
import { clearRegistry } from './clear-registry.ts';

/** What seedDirectory wrote: a few organisations the tests name, and how many there are. */
export type DirectoryFixture = {
	/** Zavod Stičišče (Kranj, Gorenjska): every field filled in, member of Grozd. */
	hubId: string;
	ministryId: string;
	/** An association whose name carries `</script>` and markup. */
	trickyId: string;
	trickyName: string;
	/** An id that was merged into the hub. */
	mergedId: string;
	total: number;
	/** How many are in Gorenjska (SI042). */
	gorenjska: number;
};

const context = { actor: cliActor, source: 'cli' } as const;

/** Municipalities by GURS number, with their region: Kranj and Jesenice (Gorenjska), Koper (Obalno-kraška), Ljubljana, Maribor (Podravska). */
const places = [
	{ municipalityCode: '052', city: 'Kranj', postalCode: '4000' },
	{ municipalityCode: '041', city: 'Jesenice', postalCode: '4270' },
	{ municipalityCode: '050', city: 'Koper', postalCode: '6000' },
	{ municipalityCode: '061', city: 'Ljubljana', postalCode: '1000' },
	{ municipalityCode: '070', city: 'Maribor', postalCode: '2000' }
];
const kinds = [
	{ prefix: 'Kulturno društvo', fields: ['culture'] },
	{ prefix: 'Športno društvo', fields: ['sport', 'youth'] },
	{ prefix: 'Turistično društvo', fields: ['tourism'] },
	{ prefix: 'Društvo upokojencev', fields: ['older_people', 'social_care'] }
];
const names = ['Lipa', 'Svoboda', 'Zarja', 'Triglav', 'Sonček', 'Rožca', 'Slavček'];

export async function seedDirectory(db: Database): Promise<DirectoryFixture> {
	await clearRegistry(db);
	const create = (input: Record<string, unknown>) => createOrganisation({ db, context, input });
	const hub = await create({
		name: 'Zavod Stičišče – središče nevladnih organizacij',
		shortName: 'Stičišče Kranj',
		aliases: ['Stičišče NVO Kranj'],
		legalForm: 'private_institute',
		registrationNumber: '1234567',
		taxNumber: '15012557',
		street: 'Koroška cesta 19',
		...places[0],
		email: 'info@sticisce-kranj.si',
		website: 'https://www.sticisce-kranj.si/',
		fields: ['ngo_development', 'information_society'],
		publicInterest: [{ field: 'ngo_development', decidedOn: '2019-05-10' }],
		donationEligible: true
	});
	const ministry = await create({ name: 'Ministrstvo za javno upravo', shortName: 'MJU', legalForm: 'public_body', ...places[3] });
	const tricky = await create({ name: 'Društvo "Oklepaji" </script><b>za kulturo</b>', legalForm: 'association', ...places[2], fields: ['culture'] });
	const generated = [];
	for (let index = 0; index < 24; index++) {
		const kind = kinds[index % kinds.length]!;
		const place = places[index % places.length]!;
		generated.push(
			await create({
				name: `${kind.prefix} ${names[index % names.length]} ${place.city} ${index + 1}`,
				legalForm: 'association',
				...place,
				fields: kind.fields,
				publicInterest: index % 6 === 0 ? [{ field: kind.fields[0], decidedOn: null }] : []
			})
		);
	}
	const spaces = createSpacesRepository({ db });
	const grozd = (await spaces.findBySlug('grozd'))!;
	const iskra = (await spaces.findBySlug('iskra'))!;
	await db.insert(memberships).values([
		{ spaceId: grozd.id, organisationId: hub.id, status: 'member', since: '2020-01-15' },
		...generated
			.filter((organisation) => organisation.regionCode === 'SI042')
			.map((organisation) => ({
				spaceId: grozd.id,
				organisationId: organisation.id,
				status: 'member' as const
			})),
		{ spaceId: iskra.id, organisationId: tricky.id, status: 'applicant' }
	]);
	// a one-pixel PNG: the page shows a logo when there is one
	const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
	await db.insert(organisationLogos).values({ organisationId: ministry.id, contentType: 'image/png', content: png });
	const mergedId = crypto.randomUUID();
	await db.insert(organisationRedirects).values({ fromId: mergedId, toId: hub.id });
	return {
		hubId: hub.id,
		ministryId: ministry.id,
		trickyId: tricky.id,
		trickyName: tricky.name,
		mergedId,
		total: 3 + generated.length,
		gorenjska: [hub, ...generated].filter((organisation) => organisation.regionCode === 'SI042').length
	};
}
