import type { Database } from '../db/client.ts';
import type { JobRow } from '../jobs/jobs.table.ts';
import { enqueueJob, type JobHandlers } from '../jobs/jobs.usecases.ts';
import { outgoingMailSchema, type OutgoingMail } from './mail.schemas.ts';
import type { MailTransport } from './mail.transport.ts';

export const mailSendJobKind = 'mail.send';

/**
 * Puts a mail in the job queue rather than sending it during a request: a slow or unreachable mail
 * server then neither delays the page nor loses the mail. Pass a transaction as `db` to queue the
 * mail together with the change it announces. Wake the job runner afterwards to send it at once.
 */
export async function queueMail({ db, message }: { db: Database; message: OutgoingMail }): Promise<JobRow> {
	const payload = outgoingMailSchema.parse(message);
	return enqueueJob({ db, kind: mailSendJobKind, payload });
}

export function mailJobHandlers(transport: Pick<MailTransport, 'send'>): JobHandlers {
	// the payload was validated when queued; send() checks it again, as it comes back from the database
	return { [mailSendJobKind]: (payload) => transport.send(payload as OutgoingMail) };
}
