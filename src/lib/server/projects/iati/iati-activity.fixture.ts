import type { IatiActivityInput, IatiReport } from './iati-activity.ts';

/** PRO-NVO-VID (seed 001) with budget, funds received and results → indicators → baseline → periods. */
export const proNvoVidActivity: IatiActivityInput = {
	identifier: 'SI-PRS-4017770000-pro-nvo-vid',
	title: { sl: 'Nacionalna mreža za razvoj nevladnih organizacij', en: 'National network for NGO development' },
	description: { sl: 'Krepitev zmogljivosti nevladnih organizacij.', en: 'Building the capacity of NGOs.' },
	status: '4',
	plannedStart: '2018-09-01',
	plannedEnd: '2019-12-31',
	actualStart: '2018-09-01',
	actualEnd: '2019-12-31',
	participatingOrgs: [
		{ ref: 'SI-PRS-4017770000', name: 'IPAK', role: '2' },
		{ ref: null, name: 'Ministrstvo za javno upravo', role: '1' }
	],
	budgets: [{ periodStart: '2018-09-01', periodEnd: '2019-08-31', value: 76334.02, valueDate: '2018-09-01' }],
	transactions: [{ type: '1', date: '2018-12-15', value: 60000, providerOrg: { ref: null, name: 'Ministrstvo za javno upravo' } }],
	results: [
		{
			type: '1',
			title: { sl: 'Usposobljene nevladne organizacije', en: 'NGOs trained' },
			indicators: [
				{
					title: { sl: 'Število usposabljanj', en: 'Number of trainings' },
					measure: '1',
					ascending: true,
					baseline: { year: 2018, isoDate: '2018-09-01', value: 0 },
					periods: [
						{ start: '2018-09-01', end: '2018-12-31', target: 4, actual: 5 },
						{ start: '2019-01-01', end: '2019-12-31', target: 10, actual: 9 }
					]
				}
			]
		}
	],
	lastUpdated: new Date('2020-01-15T10:00:00Z')
};

export const proNvoVidReport: IatiReport = {
	reportingOrg: { ref: 'SI-PRS-4017770000', name: 'NVO-VID' },
	generated: new Date('2026-11-27T12:00:00Z'),
	activities: [proNvoVidActivity]
};
