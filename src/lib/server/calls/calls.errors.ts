import { AppError } from '../shared/errors.ts';

export const callNotFound = (id: string) => new AppError('call_not_found', 'not_found', `No funding call has the id "${id}".`, { id });

export const callFunderUnknown = (id: string) =>
	new AppError('call_funder_unknown', 'invalid', `The registry has no organisation with the id ${id}.`, { organisationId: id });

export const callFieldUnknown = (codes: string[]) => new AppError('call_field_unknown', 'invalid', `Unknown fields of work: ${codes.join(', ')}.`, { codes });

export const callApplicationNotFound = (id: string) =>
	new AppError('call_application_not_found', 'not_found', `No application to a call has the id "${id}".`, { id });

export const callApplicationOrganisationUnknown = (id: string) =>
	new AppError('call_application_organisation_unknown', 'invalid', `The registry has no organisation with the id ${id}.`, { organisationId: id });

export const callSpaceNeeded = () =>
	new AppError('call_space_needed', 'invalid', 'Say which space records this (`space`, its address): you keep more than one, or none.');

export const callImportHasProblems = (count: number) =>
	new AppError('call_import_has_problems', 'invalid', `The file has ${count} rows with problems; nothing was imported.`, { count });
