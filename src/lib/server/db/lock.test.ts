import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DatabaseLockedError } from './lock.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'sticisce-lock-'));

describe('data directory lock', () => {
	it('is taken, recorded with the pid and released', () => {
		const dir = freshDir();
		const release = acquireDataDirLock(dir);
		expect(readFileSync(join(dir, 'sticisce.lock'), 'utf8')).toMatch(new RegExp(`^${process.pid} \\d+$`));
		release();
		expect(existsSync(join(dir, 'sticisce.lock'))).toBe(false);
	});

	it('refuses a second open by the same process, e.g. a module reloaded in development', () => {
		const dir = freshDir();
		const release = acquireDataDirLock(dir);
		expect(() => acquireDataDirLock(dir)).toThrow(DatabaseLockedError);
		release();
		acquireDataDirLock(dir)();
	});

	it('takes over a lock with our pid from an earlier process (pids are reused after restarts)', () => {
		const dir = freshDir();
		writeFileSync(join(dir, 'sticisce.lock'), `${process.pid} 1000`);
		const release = acquireDataDirLock(dir);
		expect(readFileSync(join(dir, 'sticisce.lock'), 'utf8')).not.toBe(`${process.pid} 1000`);
		release();
	});

	it('does not remove a lock another process took over after ours', () => {
		const dir = freshDir();
		const release = acquireDataDirLock(dir);
		writeFileSync(join(dir, 'sticisce.lock'), '999999 1');
		release();
		expect(readFileSync(join(dir, 'sticisce.lock'), 'utf8')).toBe('999999 1');
	});

	it('refuses while another live process holds it, naming that process', async () => {
		const dir = freshDir();
		const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
		try {
			writeFileSync(join(dir, 'sticisce.lock'), `${holder.pid} 1000`);
			let thrown: unknown;
			try {
				acquireDataDirLock(dir);
			} catch (error) {
				thrown = error;
			}
			expect(thrown).toBeInstanceOf(DatabaseLockedError);
			expect((thrown as DatabaseLockedError).holderPid).toBe(holder.pid);
			expect((thrown as Error).message).toContain('stop the server');
		} finally {
			holder.kill();
		}
	});

	it('takes over a lock left by a process that has exited', async () => {
		const dir = freshDir();
		const gone = spawn(process.execPath, ['-e', '']);
		await new Promise((resolve) => gone.on('exit', resolve));
		writeFileSync(join(dir, 'sticisce.lock'), `${gone.pid} 1000`);
		const release = acquireDataDirLock(dir);
		expect(readFileSync(join(dir, 'sticisce.lock'), 'utf8')).toMatch(new RegExp(`^${process.pid} `));
		release();
	});
});
