import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/**
 * The official IATI 2.03 activity schema lives outside the project (`IATI_SCHEMA_DIR`, set by
 * `.ci/run` to `../shared/iati`): it is read from there, never copied in.
 */
export const iatiSchemaDir = (): string | undefined => process.env.IATI_SCHEMA_DIR || undefined;

export type IatiSchemaVerdict = { valid: boolean; errors: string[] };

/** Validates an activity document against iati-activities-schema.xsd with libxml2 (WebAssembly, no network, no native build). */
export async function validateIatiActivities(xml: string, schemaDir = iatiSchemaDir()): Promise<IatiSchemaVerdict> {
	if (!schemaDir) throw new Error('IATI_SCHEMA_DIR is not set: it names the folder of iati-activities-schema.xsd');
	const [activities, common, xmlNamespace] = await Promise.all(
		['iati-activities-schema.xsd', 'iati-common.xsd', 'xml.xsd'].map((fileName) => readFile(join(schemaDir, fileName), 'utf8'))
	);
	const result = await validateXML({
		xml: [{ fileName: 'activities.xml', contents: xml }],
		schema: [{ fileName: 'iati-activities-schema.xsd', contents: activities! }],
		preload: [
			{ fileName: 'iati-common.xsd', contents: common! },
			{ fileName: 'xml.xsd', contents: xmlNamespace! }
		]
	});
	return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
