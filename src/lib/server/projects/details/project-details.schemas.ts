import { z } from 'zod';
import { isoDateSchema, localizedNameSchema, localizedTextSchema } from '../../shared/localized.ts';
import { contactEmailAddress, singleLineText, textLimits, webAddress } from '../../shared/text.ts';
import { projectSchema } from '../projects.schemas.ts';

const maxRows = 100;

const objectiveFields = {
	title: localizedTextSchema,
	description: localizedTextSchema.optional(),
	results: z.array(localizedTextSchema).max(maxRows).default([]).meta({ description: 'What was achieved under it, in order.' })
};

const objectiveInputSchema = z
	.object({
		...objectiveFields,
		objectives: z.array(z.object(objectiveFields)).max(maxRows).default([]).meta({ description: 'The specific objectives under this general one.' })
	})
	.meta({ id: 'ProjectObjectiveInput' });

const strandSchema = z.object({ title: localizedNameSchema, description: localizedTextSchema.optional() }).meta({ id: 'ProjectStrand' });
const linkSchema = z.object({ title: localizedNameSchema, url: webAddress() }).meta({ id: 'ProjectLink' });
const contactSchema = z
	.object({
		name: singleLineText({ min: 1, max: textLimits.name }).optional(),
		email: contactEmailAddress().optional(),
		phone: singleLineText({ min: 3, max: textLimits.short }).optional()
	})
	.meta({ id: 'ProjectContact' });

/**
 * A change to a project's details: a field left out stays, `null` clears it; a list given
 * replaces the whole list (objectives with their results, strands, links), in the order given.
 */
export const projectDetailsChangesSchema = z
	.object({
		problem: localizedTextSchema.nullable(),
		goal: localizedTextSchema.nullable(),
		contact: contactSchema.nullable(),
		predecessorId: z.uuid().nullable().meta({ description: 'The project of the same space this one continues.' }),
		objectives: z.array(objectiveInputSchema).max(maxRows).meta({ description: 'The general objectives, each with its specific ones.' }),
		strands: z.array(strandSchema).max(maxRows),
		links: z.array(linkSchema).max(maxRows)
	})
	.partial()
	.strict()
	.meta({ id: 'ProjectDetailsChanges' });
export type ProjectDetailsChanges = z.output<typeof projectDetailsChangesSchema>;

const objectiveOutputFields = { id: z.uuid(), title: localizedTextSchema, description: localizedTextSchema.nullable(), results: z.array(localizedTextSchema) };
const objectiveSchema = z.object({ ...objectiveOutputFields, objectives: z.array(z.object(objectiveOutputFields)) }).meta({ id: 'ProjectObjective' });
export type ProjectObjective = z.output<typeof objectiveSchema>;

const relatedProjectSchema = z.object({
	id: z.uuid(),
	slug: z.string(),
	title: localizedNameSchema,
	startsOn: isoDateSchema.nullable(),
	endsOn: isoDateSchema.nullable()
});

/** A project whole, as its page and the API show it. */
export const projectDetailsSchema = projectSchema
	.extend({
		updatedAt: z.iso.datetime().meta({ description: 'Its version: the ETag of GET, to send as If-Match with a change.' }),
		space: z.object({ id: z.uuid(), slug: z.string() }),
		problem: localizedTextSchema.nullable(),
		goal: localizedTextSchema.nullable(),
		contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }),
		predecessor: relatedProjectSchema.nullable(),
		successors: z.array(relatedProjectSchema),
		objectives: z.array(objectiveSchema),
		strands: z.array(z.object({ title: localizedNameSchema, description: localizedTextSchema.nullable() })),
		links: z.array(z.object({ title: localizedNameSchema, url: z.string() })),
		fromProfile: z.record(z.string(), z.unknown()).nullable().meta({
			description: "What the space profile's project held that no part of the project holds yet (call, money, partners not in the registry), as it was."
		})
	})
	.meta({ id: 'ProjectDetails' });
export type ProjectDetails = z.output<typeof projectDetailsSchema>;
