// `npm run export -- --story FILE --out talk.html`: validates a story file and writes it as one offline HTML file.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseStoryText } from '@policygraph/contract/story';
import { storyToHtml } from '../story-export';

const USAGE = 'usage: npm run export -- --story graph-seed/stories/FILE.json --out talk.html';

async function main(): Promise<number> {
  let values: { story?: string | undefined; out?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { story: { type: 'string' }, out: { type: 'string' } }, strict: true }));
  } catch (err) {
    console.error(`✗ ${(err as Error).message}\n  ${USAGE}`);
    return 2;
  }
  if (!values.story || !values.out) {
    console.error(`✗ --story and --out are both needed\n  ${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(values.story, 'utf8');
  } catch (err) {
    console.error(`✗ cannot read ${values.story}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return 1;
  }
  const parsed = parseStoryText(text);
  if (!parsed.ok) {
    console.error(`✗ ${values.story} is not a valid story:\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`);
    return 1;
  }
  const html = await storyToHtml(parsed.story);
  fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  fs.writeFileSync(values.out, html);
  const steps = parsed.story.steps.length;
  console.log(
    `✓ ${values.out}: “${parsed.story.title}”, ${steps} step${steps === 1 ? '' : 's'}, ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB — open it in any browser, no network needed.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`✗ export failed: ${(err as Error)?.message ?? String(err)}`);
    process.exit(1);
  },
);
