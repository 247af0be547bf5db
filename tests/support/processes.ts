import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export type Finished = { code: number | null; stdout: string; stderr: string };

/** Runs a Node script of the project with Node 24 (this process's), the way npm scripts do. */
export function runNode(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> {
	const child = spawn(process.execPath, args, { env: { ...process.env, ...env } });
	return collect(child);
}

export async function collect(child: ChildProcess): Promise<Finished> {
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk) => (stdout += chunk));
	child.stderr?.on('data', (chunk) => (stderr += chunk));
	const [code] = (await once(child, 'exit')) as [number | null];
	return { code, stdout, stderr };
}
