/**
 * Parses one knowledge file in plain Node and prints the document as JSON. pdf.js sets up its
 * worker with a dynamic import, which jest's module sandbox cannot run, so the PDF test runs the
 * real parser through this script in a child process.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseKnowledgeFile } from '../../../../src/infrastructure/knowledge/parsers';

const file = process.argv[2];
parseKnowledgeFile({ id: basename(file), path: file }, readFileSync(file)).then(
  (doc) => process.stdout.write(JSON.stringify(doc)),
  (error: unknown) => {
    process.stdout.write(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
  },
);
