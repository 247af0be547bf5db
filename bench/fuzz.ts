// `npm run bench:fuzz`: the API fuzz of the suite (tests/http/api-fuzz.test.ts), longer and with a
// new seed each time unless one is given. Prints every request that failed, and how often each
// operation answered with each status.
//   npm run bench:fuzz -- --runs 1000 --seed 42
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { log } from './support.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '500' }, seed: { type: 'string' } } });
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
log(`fuzz: ${values.runs} requests per operation, seed ${seed} (repeat with --seed ${seed})`);
const run = spawnSync('npx', ['vitest', 'run', '--project', 'http', 'tests/http/api-fuzz.test.ts', '--testTimeout', '3600000'], {
	stdio: 'inherit',
	env: { ...process.env, FUZZ_RUNS: values.runs, FUZZ_SEED: seed, FUZZ_PRINT_STATUSES: '1', FUZZ_TIMEOUT: '3600000' }
});
process.exit(run.status ?? 1);
