import { describe, expect, it } from 'vitest';
import { buildIatiActivities } from './iati-activity.ts';
import { proNvoVidActivity, proNvoVidReport } from './iati-activity.fixture.ts';
import { iatiSchemaDir, validateIatiActivities } from './iati-schema.ts';

const schemaMissing = !iatiSchemaDir();
if (schemaMissing) console.warn('IATI_SCHEMA_DIR is not set: the IATI schema tests are skipped (.ci/run sets it to ../shared/iati)');

describe('IATI 2.03 activity XML', () => {
	it('carries results → indicators → baseline → periods with target and actual, budget and transactions', () => {
		const xml = buildIatiActivities(proNvoVidReport);
		expect(xml).toContain('<iati-activities version="2.03"');
		expect(xml).toContain('<iati-identifier>SI-PRS-4017770000-pro-nvo-vid</iati-identifier>');
		expect(xml).toContain('<narrative xml:lang="en">National network for NGO development</narrative>');
		expect(xml).toContain('<participating-org ref="SI-PRS-4017770000" role="2">');
		expect(xml).toContain('<baseline year="2018" iso-date="2018-09-01" value="0"/>');
		expect(xml).toContain('<target value="4"/>');
		expect(xml).toContain('<actual value="9"/>');
		expect(xml).toContain('<value currency="EUR" value-date="2018-09-01">76334.02</value>');
	});

	it('escapes text, never concatenating it into markup', () => {
		const xml = buildIatiActivities({ ...proNvoVidReport, activities: [{ ...proNvoVidActivity, title: { sl: 'A & B <C>', en: '' } }] });
		expect(xml).toContain('<narrative>A &amp; B &lt;C&gt;</narrative>');
		expect(xml).not.toContain('xml:lang="en"></narrative>');
	});

	it.skipIf(schemaMissing)('a document with full results, budget and transactions validates against the official schema', async () => {
		const verdict = await validateIatiActivities(buildIatiActivities(proNvoVidReport));
		expect(verdict.errors).toEqual([]);
		expect(verdict.valid).toBe(true);
	});

	it.skipIf(schemaMissing)('a broken document fails validation', async () => {
		const broken = buildIatiActivities(proNvoVidReport).replace(/<reporting-org[\s\S]*?<\/reporting-org>/, '');
		const verdict = await validateIatiActivities(broken);
		expect(verdict.valid).toBe(false);
		expect(verdict.errors.join('\n')).toMatch(/reporting-org/);
	});
});
