/**
 * What every script does with its arguments: `--help` prints the usage and exits 0; a bad
 * argument prints one line saying what is wrong, then the usage, and exits 2. Never a stack
 * trace for a typing mistake.
 */

/** Thrown by a script's argument parser for an argument it cannot use. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses `argv` with `parse`, handling --help and usage errors as described above. */
export function parseCommandLine<T>(usage: string, argv: readonly string[], parse: (argv: readonly string[]) => T): T {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage.trim());
    process.exit(0);
  }
  try {
    return parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`error: ${error.message}\n\n${usage.trim()}`);
    process.exit(2);
  }
}

/** The value after `--name` or in `--name=value`; `next` moves past a separate value. */
export function optionValue(arg: string, name: string, argv: readonly string[], i: number): { value: string; next: number } | undefined {
  if (arg === name) {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return { value, next: i + 1 };
  }
  if (arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), next: i };
  return undefined;
}
