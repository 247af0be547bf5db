import type { ActivityQuestion } from '../activities.table.ts';
import type { Answer, QuestionResult } from './evaluation.schemas.ts';

/** Counts the responses per question: ratings' average and spread, yes/no and choices counted, texts listed. */
export function aggregateAnswers(questions: ActivityQuestion[], responses: Array<Record<string, Answer>>): QuestionResult[] {
	return questions.map((question) => {
		const given = responses.flatMap((answers) => (answers[question.id] === undefined ? [] : [answers[question.id]!]));
		const base = { id: question.id, kind: question.kind, label: question.label, answered: given.length, average: null, distribution: [], texts: [] };
		switch (question.kind) {
			case 'rating': {
				const ratings = given.map(Number).filter((value) => value >= 1 && value <= 5);
				const distribution = [1, 2, 3, 4, 5].map((score) => ratings.filter((value) => value === score).length);
				const average = ratings.length ? Math.round((ratings.reduce((sum, value) => sum + value, 0) / ratings.length) * 100) / 100 : null;
				return { ...base, average, distribution };
			}
			case 'yes_no':
				return { ...base, distribution: [given.filter((value) => value === true).length, given.filter((value) => value === false).length] };
			case 'choice':
				return {
					...base,
					options: question.options ?? [],
					distribution: (question.options ?? []).map((_, index) => given.filter((value) => Number(value) === index).length)
				};
			case 'text':
				return { ...base, texts: given.map(String).filter((text) => text.trim() !== '') };
		}
	});
}
