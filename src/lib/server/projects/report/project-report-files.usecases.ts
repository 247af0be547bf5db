import type { Database } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import type { Locale } from '../../../shared/locale.ts';
import type { SpaceRef } from '../../spaces/space-scope.ts';
import { getProjectCoverImage, getProjectCoverInfo } from '../cover/project-cover.usecases.ts';
import { projectReportDocx } from './project-report.docx.ts';
import { getProjectReport } from './project-report.usecases.ts';

export const docxContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The name a downloaded report is saved under: the project's address and the word for report. */
export const reportFileName = (slug: string, locale: Locale, extension: 'docx' | 'pdf') => `${slug}-${locale === 'sl' ? 'porocilo' : 'report'}.${extension}`;

/** A project's report as a Word document in the reader's language, with its cover when it has one. */
export async function projectReportDocument({ db, actor, space, slug, locale }: { db: Database; actor: Actor; space: SpaceRef; slug: string; locale: Locale }) {
	const report = await getProjectReport({ db, actor, space, slug });
	const scope = { db, space, projectId: report.project.id };
	const info = await getProjectCoverInfo(scope);
	const cover = info && { ...info, ...(await getProjectCoverImage(scope)) };
	return { content: await projectReportDocx({ report, cover, locale }), fileName: reportFileName(report.project.slug, locale, 'docx') };
}
