import type { Database } from '../db/client.ts';
import { createFieldsRepository } from '../fields/fields.repository.ts';
import type { Actor } from '../policy/actor.ts';
import { callListQuerySchema, type Call } from './calls.schemas.ts';
import { listCalls } from './calls.usecases.ts';

export const callFilterNames = ['funder', 'region', 'field', 'legalForm', 'deadlineBefore', 'minAmount'] as const;
export type CallFilterName = (typeof callFilterNames)[number];

/**
 * The public list's data from its address: each filter read on its own (one written wrongly is
 * named and left out, the others still apply), open calls or the archive, and the choices the form
 * offers (the funders of calls, the fields of work).
 */
export async function callsPage({ db, actor, params }: { db: Database; actor: Actor; params: URLSearchParams }) {
	const archive = params.get('archive') === '1';
	const filter: Partial<Record<CallFilterName, string>> = {};
	const query: Record<string, string> = { status: archive ? 'closed' : 'open' };
	const invalid: CallFilterName[] = [];
	for (const name of callFilterNames) {
		const value = params.get(name)?.trim();
		if (!value) continue;
		filter[name] = value;
		if (callListQuerySchema.shape[name].safeParse(value).success) query[name] = value;
		else invalid.push(name);
	}
	const [calls, everyCall, fields] = await Promise.all([
		listCalls({ db, actor, query }),
		listCalls({ db, actor, query: {} }),
		createFieldsRepository({ db }).list()
	]);
	const funders = [...new Map(everyCall.flatMap((call) => (call.funder ? [[call.funder.id, call.funder] as const] : []))).values()].sort((a, b) =>
		a.name.localeCompare(b.name, 'sl')
	);
	return { calls, archive, filter, invalid, funders, fields: fields.map((field) => ({ code: field.code, name: field.name })) };
}

/** Open calls grouped by the month of their next deadline, for the calendar view. */
export function byMonth(calls: Call[]): { month: string; calls: Call[] }[] {
	const groups = new Map<string, Call[]>();
	for (const call of calls) {
		const month = call.deadline?.slice(0, 7) ?? '';
		groups.set(month, [...(groups.get(month) ?? []), call]);
	}
	return [...groups.entries()].map(([month, grouped]) => ({ month, calls: grouped }));
}
