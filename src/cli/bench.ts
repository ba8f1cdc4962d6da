/** `npm run bench [-- --only policyQa,coordination]`: speed and memory figures as JSON. */
import { join } from 'node:path';
import { runSuites } from './suiteRunner';

runSuites(join(__dirname, 'benchmarks'), 'run', process.argv.slice(2)).then(
  (failures) => process.exit(failures > 0 ? 1 : 0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
