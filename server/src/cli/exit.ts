// How every CLI ends: the exit code of its main(), or one line naming what went wrong (never a stack trace) and code 1,
// or 2 for a usage mistake; the Neo4j start and configuration failures read the same in every command.
import { ConfigError } from '../config';
import { Neo4jStartError } from '../db/errors';

/** What a command adds to the shared messages: its own usage and error kinds, and the line for anything else. */
export interface ExitOptions {
  /** A message for errors this command knows, or undefined to fall through to the shared ones. */
  readonly explain?: (err: unknown) => string | undefined;
  /** True for errors that are the caller's usage mistake: exit code 2. */
  readonly isUsage?: (err: unknown) => boolean;
  /** The message for any other error (its first line is passed in). */
  readonly otherwise?: (firstLine: string) => string;
}

const firstLine = (err: unknown) => ((err as Error)?.message ?? String(err)).split('\n')[0] ?? '';

/** Runs a CLI's main() and sets the process's exit code from it. */
export function runCli(main: () => Promise<number>, { explain, isUsage = () => false, otherwise = (line) => `✗ ${line}` }: ExitOptions = {}): void {
  main()
    .then((code) => {
      process.exitCode = code;
    })
    .catch((err: unknown) => {
      const own = explain?.(err);
      if (own !== undefined) console.error(own);
      else if (err instanceof Neo4jStartError) console.error(`\n✗ ${err.message}\n  → ${err.hint}\n`);
      else if (err instanceof ConfigError) console.error(`✗ Configuration: ${err.message}`);
      else console.error(otherwise(firstLine(err)));
      process.exitCode = isUsage(err) ? 2 : 1;
    });
}
