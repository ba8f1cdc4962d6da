/** `npm run eval [-- --only policyQa,pathway]`: quality figures of every capability as JSON. */
import { join } from 'node:path';
import { runSuites } from './suiteRunner';

runSuites(join(__dirname, 'evaluations'), 'evaluate', process.argv.slice(2)).then(
  (failures) => process.exit(failures > 0 ? 1 : 0),
  (error: unknown) => {
    process.stderr.write(`eval failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
