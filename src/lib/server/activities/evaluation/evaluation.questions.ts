import type { ActivityQuestion } from '../activities.table.ts';

/**
 * What is asked when the organiser wrote no questions of their own: what financers ask of a
 * training (satisfaction, usefulness, effect on the organisation's work) and what to improve.
 */
export const defaultEvaluationQuestions: ActivityQuestion[] = [
	{
		id: 'overall',
		kind: 'rating',
		required: true,
		label: { sl: 'Kako ste bili na splošno zadovoljni z dogodkom?', en: 'Overall, how satisfied were you with the event?' }
	},
	{ id: 'usefulness', kind: 'rating', required: true, label: { sl: 'Kako uporabno je bilo za vaše delo?', en: 'How useful was it for your work?' } },
	{
		id: 'improved_work',
		kind: 'yes_no',
		required: false,
		label: { sl: 'Ali je to izboljšalo delo vaše organizacije?', en: "Did it improve your organisation's work?" }
	},
	{ id: 'improve', kind: 'text', required: false, label: { sl: 'Kaj naj izboljšamo?', en: 'What should we improve?' } }
];

/** The questions the evaluation asks: the organiser's, or the default set. */
export const evaluationQuestionsOf = (questions: ActivityQuestion[]): ActivityQuestion[] => (questions.length > 0 ? questions : defaultEvaluationQuestions);
