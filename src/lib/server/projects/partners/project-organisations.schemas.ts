import { z } from 'zod';
import { projectOrganisationRoles } from '../../../projects/project-organisation-roles.ts';

const roleSchema = z
	.enum(projectOrganisationRoles)
	.meta({ description: 'lead (applicant, operator), host, partner, associated_partner or financer; for IATI: 2 Accountable, 4 Implementing, 1 Funding.' });

export const projectOrganisationInputSchema = z
	.object({ organisationId: z.uuid(), role: roleSchema })
	.meta({ id: 'ProjectOrganisationInput', description: 'An organisation of the registry taking part in a project, in a role.' });

export const projectOrganisationSchema = z
	.object({
		organisation: z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() }),
		role: roleSchema
	})
	.meta({ id: 'ProjectOrganisation', description: 'An organisation taking part in a project, in a role.' });
export type ProjectOrganisation = z.output<typeof projectOrganisationSchema>;

export const projectOrganisationListSchema = z.object({ items: z.array(projectOrganisationSchema) }).meta({ id: 'ProjectOrganisationList' });

export const projectOrganisationRolesSchema = z
	.object({ roles: z.array(roleSchema).max(projectOrganisationRoles.length) })
	.meta({ id: 'ProjectOrganisationRoles', description: 'Every role the organisation plays in the project; an empty list ends its part.' });
