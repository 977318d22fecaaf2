// Load progress on the terminal: a cli-progress bar on a TTY, plain periodic lines otherwise (CI, pipes).
import cliProgress from 'cli-progress';

export interface ProgressCounts {
  done: number;
  total: number;
  nodes: number;
  relationships: number;
}

/** What the loader reports as it goes. */
export interface LoadProgress {
  start(total: number): void;
  update(counts: ProgressCounts): void;
  /** A line that must not be overwritten by the bar (a failed document). */
  note(line: string): void;
  stop(): void;
}

const rate = (n: number, ms: number) => Math.round(n / Math.max(ms / 1000, 0.001)).toLocaleString('en-US');

/** Reports nothing; for tests and the server's silent seeding. */
export const silentProgress: LoadProgress = { start() {}, update() {}, note() {}, stop() {} };

/** A bar on an interactive terminal, otherwise a line every `everyMs` (and at the end). */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, everyMs = 5000): LoadProgress {
  const started = Date.now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'loading {bar} {value}/{total} documents | {nodesRate} nodes/s | {relsRate} relationships/s | {duration_formatted}', stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (total) => bar.start(total, 0, { nodesRate: 0, relsRate: 0 }),
      update: (c) => bar.update(c.done, { nodesRate: rate(c.nodes, Date.now() - started), relsRate: rate(c.relationships, Date.now() - started) }),
      note: (line) => {
        // Clear the bar's line first so the note is not printed over it; the next update redraws the bar.
        stream.write(`\r\u001b[2K${line}\n`);
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  let latest: ProgressCounts | undefined;
  let printed: ProgressCounts | undefined;
  const print = (c: ProgressCounts) => {
    printed = c;
    const ms = Date.now() - started;
    stream.write(`loading: ${c.done}/${c.total} documents, ${rate(c.nodes, ms)} nodes/s, ${rate(c.relationships, ms)} relationships/s\n`);
  };
  return {
    start: (total) => stream.write(`loading ${total} documents…\n`),
    update: (c) => {
      latest = c;
      if (Date.now() - last >= everyMs) {
        last = Date.now();
        print(c);
      }
    },
    note: (line) => stream.write(`${line}\n`),
    stop: () => {
      if (latest && printed && latest !== printed) print(latest);
    },
  };
}
