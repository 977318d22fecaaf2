// The editor token: generated once into the data folder with mode 600 like the Neo4j password, or taken from EDITOR_TOKEN.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorTokens } from '../../server/src/editor-auth';

describe('editor tokens', () => {
  it('generates a long random token on first start, readable by the owner only, and keeps it across restarts', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pg-token-')), 'data', 'editor-token');
    const [first] = editorTokens(undefined, file);
    expect(first!.name).toBe('editor');
    expect(first!.secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(editorTokens(undefined, file)).toEqual([first]);
  });

  it('takes EDITOR_TOKEN as one secret or as named entries, and refuses a short secret', () => {
    expect(editorTokens('s'.repeat(20), '/nonexistent')).toEqual([{ name: 'editor', secret: 's'.repeat(20) }]);
    expect(editorTokens(`王编辑:${'a'.repeat(16)},李编辑:${'b'.repeat(16)}`, '/nonexistent').map((t) => t.name)).toEqual(['王编辑', '李编辑']);
    expect(() => editorTokens('short', '/nonexistent')).toThrow(/at least 16 characters/);
  });
});
