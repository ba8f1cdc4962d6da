/**
 * The eval's sweeps (`--sweep` for the ranking, `--sweep-pathway` for the pathway choice): one
 * named tuning value and the values to try, read the same way for both.
 */
export interface ParameterSweep<Name extends string> {
  readonly parameter: Name;
  readonly values: readonly number[];
}

/** `<option> name=v1,v2,...` from the arguments; undefined without the option, an Error naming the choices on a bad one. */
export function parseParameterSweep<Name extends string>(
  argv: readonly string[],
  option: string,
  names: readonly Name[],
): ParameterSweep<Name> | undefined {
  const at = argv.indexOf(option);
  if (at < 0) return undefined;
  const [name = '', list = ''] = (argv[at + 1] ?? '').split('=');
  const parameter = names.find((n) => n === name);
  if (!parameter) throw new Error(`${option} wants <parameter>=<v1,v2,...> with one of: ${names.join(', ')}`);
  const values = list.split(',').map((v) => Number(v.trim()));
  if (list.trim() === '' || values.some((v) => !Number.isFinite(v)))
    throw new Error(`${option} ${parameter}: the values must be numbers separated by commas`);
  return { parameter, values };
}
