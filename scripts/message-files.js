// @ts-check
// Lists every module's words file in project.inlang/settings.json, so that a module adds its words
// as messages/<locale>/<module>.json and nothing central: the message-format plugin takes an explicit
// list of files (no globs) and skips a missing one without a word. Run by `npm run prepare` and
// `npm start` before Paraglide compiles; the i18n test checks the list matches the folders.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const settingsFile = 'project.inlang/settings.json';
const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
const modules = readdirSync(`messages/${settings.baseLocale}`)
	.filter((name) => name.endsWith('.json'))
	.map((name) => name.slice(0, -'.json'.length))
	// the site's shared words first; later files may not override earlier ones anyway (the test forbids a key twice)
	.sort((a, b) => (a === 'common' ? -1 : b === 'common' ? 1 : a.localeCompare(b)));
const pathPattern = modules.map((module) => `./messages/{locale}/${module}.json`);
const current = settings['plugin.inlang.messageFormat'].pathPattern;
if (JSON.stringify(current) !== JSON.stringify(pathPattern)) {
	settings['plugin.inlang.messageFormat'].pathPattern = pathPattern;
	writeFileSync(settingsFile, `${JSON.stringify(settings, null, '\t')}\n`);
	console.log(`Words files listed in ${settingsFile}: ${modules.join(', ')}`);
}
