import { randomInt } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { people } from '../../people/people.table.ts';
import { activityRegistrations, type RegistrationRow } from '../registrations/registrations.table.ts';

// no 0/O, 1/I/L: the code is typed from paper
const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A certificate's verification code, e.g. `K7QM-2XHD-9PRT-B4NW`: 16 characters, about 79 bits, never guessed. */
export function newCertificateCode(): string {
	const characters = Array.from({ length: 16 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
	return characters.match(/.{4}/g)!.join('-');
}

/** Certificates are columns of the registration; these are the only writes to them. */
export function createCertificatesRepository({ db, spaceId }: { db: Database; spaceId: string }) {
	return {
		/** Gives the registration a code unless it has one; the code is returned when given now. */
		async issue(registrationId: string, issuedAt: Date): Promise<string | undefined> {
			for (let attempt = 0; ; attempt++) {
				try {
					const [row] = await db
						.update(activityRegistrations)
						.set({ certificateCode: newCertificateCode(), certificateIssuedAt: issuedAt, updatedAt: new Date() })
						.where(and(eq(activityRegistrations.spaceId, spaceId), eq(activityRegistrations.id, registrationId), isNull(activityRegistrations.certificateCode)))
						.returning({ code: activityRegistrations.certificateCode });
					return row?.code ?? undefined;
				} catch (error) {
					if (!isUniqueViolation(error) || attempt >= 3) throw error;
				}
			}
		}
	};
}

/** The registration a certificate's code names, with the person's name, in any space. */
export async function findByCertificateCode(db: Database, code: string): Promise<{ registration: RegistrationRow; name: string } | undefined> {
	const [row] = await db
		.select({ registration: activityRegistrations, name: people.name })
		.from(activityRegistrations)
		.innerJoin(people, eq(people.id, activityRegistrations.personId))
		.where(eq(activityRegistrations.certificateCode, code));
	return row;
}
