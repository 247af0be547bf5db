import { spawn } from 'node:child_process';
import { collect, type Finished } from './processes.ts';

export type ServerProcess = {
	url: string;
	pid: number;
	/** Everything the server printed so far. */
	output: () => string;
	stop: (signal: NodeJS.Signals) => Promise<Finished>;
};

/**
 * Runs the production build as `npm start` does (`scripts/serve.js`), in a child process with
 * its own environment; without DATABASE_URL it starts (or joins) the embedded server of DATA_DIR.
 */
export async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', ...env }
	});
	const finished = collect(child);
	let seen = '';
	child.stderr.on('data', (chunk) => (seen += chunk));
	const url = await new Promise<string>((resolve, reject) => {
		child.stdout.on('data', (chunk) => {
			seen += chunk;
			const match = seen.match(/running on (http:\/\/\S+)/);
			if (match) resolve(match[1]!);
		});
		child.on('exit', () => reject(new Error(`server exited early: ${seen}`)));
	});
	return {
		url,
		pid: child.pid!,
		output: () => seen,
		stop: (signal) => {
			child.kill(signal);
			return finished;
		}
	};
}
