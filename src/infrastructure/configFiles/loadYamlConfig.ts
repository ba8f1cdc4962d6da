import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ZodType, ZodTypeDef } from 'zod';

/**
 * A municipality edits the files in config/ by hand, so an error must say which file, which line
 * and which field is wrong, in terms a non-developer can act on.
 */
export class ConfigFileError extends Error {
  readonly code = 'CONFIG_FILE_INVALID';
  constructor(
    readonly file: string,
    readonly problems: readonly { line: number | undefined; field: string; message: string }[],
  ) {
    super(
      `${file} is invalid:\n` +
        problems
          .map(
            (p) =>
              `  ${p.line !== undefined ? `line ${p.line}` : 'file'}: ${p.field || '(top level)'}: ${p.message}`,
          )
          .join('\n'),
    );
    this.name = 'ConfigFileError';
  }
}

export function parseYamlConfig<T>(file: string, text: string, schema: ZodType<T, ZodTypeDef, unknown>): T {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  if (document.errors.length > 0) {
    throw new ConfigFileError(
      file,
      document.errors.map((e) => ({
        line: e.linePos?.[0]?.line,
        field: '',
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return result.data;
  throw new ConfigFileError(
    file,
    result.error.issues.map((issue) => ({
      line: lineOf(document.contents, issue.path, lineCounter),
      field: issue.path.join('.'),
      message: issue.message,
    })),
  );
}

export function loadYamlConfig<T>(file: string, schema: ZodType<T, ZodTypeDef, unknown>): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigFileError(file, [
      {
        line: undefined,
        field: '',
        message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      },
    ]);
  }
  return parseYamlConfig(file, text, schema);
}

/** The line of the deepest node that exists on the path, so a missing field points at its parent. */
function lineOf(root: unknown, path: readonly (string | number)[], counter: LineCounter): number | undefined {
  let node = root as Node | null | undefined;
  let line = rangeLine(node, counter);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(key),
      );
      if (!pair) break;
      line = rangeLine(pair.key as Node, counter) ?? line;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as Node | undefined;
      if (!node) break;
    } else {
      break;
    }
    line = rangeLine(node, counter) ?? line;
  }
  return line;
}

function rangeLine(node: Node | null | undefined, counter: LineCounter): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset).line;
}
