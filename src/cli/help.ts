import type { CliCommand } from '#lib/server/manifest/manifest.ts';

/** Whether the words after a command ask for its help (`--help`, `-h`) instead of running it. */
export const asksForHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

/**
 * One command's help, from what its manifest declares: what it does, how it is called, and its
 * options (a string option takes a value, a boolean one is a switch).
 */
export function commandHelp(name: string, command: CliCommand): string {
	const options = Object.entries(command.options ?? {});
	const usage = command.usage ?? options.map(([option, { type }]) => (type === 'string' ? `[--${option} VALUE]` : `[--${option}]`)).join(' ');
	return [
		`Usage: npm run cli -- ${name}${usage ? ` ${usage}` : ''}`,
		'',
		command.summary,
		'',
		'Options:',
		...options.map(([option, { type }]) => `  --${option}${type === 'string' ? ' VALUE' : ''}`),
		'  --help, -h  Show this help.',
		''
	].join('\n');
}
