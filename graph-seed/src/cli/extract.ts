// `npm run --silent extract -- <file> [--place CODE] [--title T] [--id ID]`: prints one JSON ExtractionResult.
import path from 'node:path';
import { readDocumentText } from '../corpus/read-text';
import { extractDocument } from '../extract';

const USAGE = 'usage: npm run --silent extract -- <file> [--place GB2260-code] [--title text] [--id id]';

function parseArgs(argv: string[]): { file: string; place?: string; title?: string; id?: string } {
  const out: { file?: string; place?: string; title?: string; id?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--place') out.place = value();
    else if (a === '--title') out.title = value();
    else if (a === '--id') out.id = value();
    else if (a === '-h' || a === '--help') throw new Error(USAGE);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}; ${USAGE}`);
    else if (out.file) throw new Error(`one file at a time; ${USAGE}`);
    else out.file = a;
  }
  if (!out.file) throw new Error(USAGE);
  if (out.place && !/^\d{2}(\d{2}){0,2}(\d{3}){0,2}$/.test(out.place))
    throw new Error(`--place must be a GB/T 2260 code (2, 4, 6, 9 or 12 digits), got ${out.place}`);
  return out as { file: string };
}

function main(): number {
  try {
    const args = parseArgs(process.argv.slice(2));
    const { text, encoding } = readDocumentText(args.file);
    const id = args.id ?? path.basename(args.file).replace(/\.[^.]+$/, '');
    const result = extractDocument({ id, text, file: path.basename(args.file), title: args.title, placeCode: args.place, encoding });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`${(err as Error).message.split('\n')[0]}\n`);
    return 1;
  }
}

process.exitCode = main();
