// The sample stories shipped in graph-seed/stories: valid files whose quoted sentences are really in the corpus at the stated offsets.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../../graph-seed/src/corpus/read-text';
import { parseStoryText } from '@policygraph/contract/story';
import { SAMPLE_STORIES_DIR } from '../../server/src/routes/embed';

const CORPUS = path.join(path.dirname(SAMPLE_STORIES_DIR), 'corpus');
const files = fs.readdirSync(SAMPLE_STORIES_DIR).filter((f) => f.endsWith('.json'));
const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as { documents: { id: string; file: string }[] };
const textOf = (id: string) => readDocumentText(path.join(CORPUS, manifest.documents.find((d) => d.id === id)!.file)).text;

describe('sample stories', () => {
  it('ships at least one', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s opens as a valid story', (file) => {
    const res = parseStoryText(fs.readFileSync(path.join(SAMPLE_STORIES_DIR, file), 'utf8'));
    expect(res.ok ? [] : res.errors).toEqual([]);
  });

  it.each(files)('%s quotes only sentences found in the corpus at their offsets', (file) => {
    const res = parseStoryText(fs.readFileSync(path.join(SAMPLE_STORIES_DIR, file), 'utf8'));
    if (!res.ok) throw new Error(res.errors.join('; '));
    const quoted = [...res.story.steps.flatMap((s) => (s.evidence ? [s.evidence] : [])), ...Object.values(res.story.evidence).flat()];
    expect(quoted.length).toBeGreaterThan(0);
    for (const ev of quoted) expect(textOf(ev.documentId).slice(ev.start, ev.end)).toContain(ev.sentence.trim());
  });
});
