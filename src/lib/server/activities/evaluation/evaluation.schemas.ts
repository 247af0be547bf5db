import { z } from 'zod';
import { localizedNameSchema } from '../../shared/localized.ts';
import type { ActivityQuestion } from '../activities.table.ts';

/** What one answer is stored as: a rating 1–5, yes (true) or no (false), a choice's number, or text. */
export type Answer = string | number | boolean;

const blankToUndefined = (value: unknown) => (value === '' || value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

function answerSchema(question: ActivityQuestion): z.ZodType<Answer | undefined> {
	const base = (() => {
		switch (question.kind) {
			case 'rating':
				return z.coerce.number('evaluation_rating_range').int('evaluation_rating_range').min(1, 'evaluation_rating_range').max(5, 'evaluation_rating_range');
			case 'yes_no':
				return z.union([z.boolean(), z.enum(['yes', 'no'])], 'evaluation_yes_no').transform((value) => value === true || value === 'yes');
			case 'choice':
				return z.coerce
					.number('evaluation_choice_unknown')
					.int('evaluation_choice_unknown')
					.min(0, 'evaluation_choice_unknown')
					.max((question.options?.length ?? 1) - 1, 'evaluation_choice_unknown');
			case 'text':
				return z.string().trim().max(4000, 'problem_too_long');
		}
	})() as z.ZodType<Answer>;
	return z.preprocess(blankToUndefined, base.optional()) as z.ZodType<Answer | undefined>;
}

/**
 * The answers to these questions, checked: each problem names its question (by id) for the form,
 * a required question left blank as `evaluation_answer_required`.
 */
export function evaluationAnswersSchema(questions: ActivityQuestion[]) {
	const shape = z.object(Object.fromEntries(questions.map((question) => [question.id, answerSchema(question)])));
	return {
		parse(input: unknown): Record<string, Answer> {
			const given = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
			const result = shape.safeParse(given);
			const issues = result.success ? [] : [...result.error.issues];
			for (const question of questions) {
				if (question.required && blankToUndefined(given[question.id]) === undefined && !issues.some((issue) => issue.path[0] === question.id)) {
					issues.push({ code: 'custom', path: [question.id], message: 'evaluation_answer_required', input: undefined });
				}
			}
			if (issues.length > 0 || !result.success) throw new z.ZodError(issues);
			return Object.fromEntries(Object.entries(result.data).filter(([, value]) => value !== undefined)) as Record<string, Answer>;
		}
	};
}

/** One question's results. */
export const questionResultSchema = z
	.object({
		id: z.string(),
		kind: z.enum(['text', 'yes_no', 'choice', 'rating']),
		label: localizedNameSchema,
		answered: z.int().meta({ description: 'How many responses answer it.' }),
		average: z.number().nullable().meta({ description: 'The average rating (1–5), for ratings.' }),
		distribution: z.array(z.int()).meta({ description: 'Ratings: how many gave 1, 2, 3, 4, 5. Yes/no: [yes, no]. Choices: per option.' }),
		options: z.array(localizedNameSchema).optional(),
		texts: z.array(z.string()).meta({ description: 'Free texts, in order of answering.' })
	})
	.meta({ id: 'EvaluationQuestionResult' });

export const evaluationResultsSchema = z
	.object({
		activityId: z.uuid(),
		anonymous: z.boolean(),
		sentAt: z.string().nullable(),
		attended: z.int().meta({ description: 'Registrations that attended at least one session.' }),
		responses: z.int(),
		responseRate: z.number().nullable().meta({ description: 'responses / attended, from 0 to 1; null when nobody attended.' }),
		questions: z.array(questionResultSchema)
	})
	.meta({ id: 'EvaluationResults', description: "An activity's evaluation: answers counted per question." });
export type EvaluationResults = z.output<typeof evaluationResultsSchema>;
export type QuestionResult = z.output<typeof questionResultSchema>;
