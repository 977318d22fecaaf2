// docs/data-model.md is checked against the contract's one table of relationship types, so the prose cannot drift.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, RELATIONSHIPS, REL_TYPES } from '@policygraph/contract/model';
import { PROJECT_ROOT } from '../../server/src/config';

const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'data-model.md'), 'utf8');
/** Rows of the "## Relationships" table: type → the pattern cell. */
const relRows = new Map(
  doc
    .slice(doc.indexOf('## Relationships'))
    .split('\n')
    .map((l) => /^\| `([A-Z_]+)` \| (.+?) \|/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!]),
);

describe('docs/data-model.md', () => {
  it('describes every relationship type of the model, and no other', () => {
    expect([...relRows.keys()].sort()).toEqual([...REL_TYPES].sort());
  });

  it('gives each relationship type exactly the endpoints the model allows', () => {
    for (const type of REL_TYPES) {
      const cell = relRows.get(type) ?? '';
      for (const p of RELATIONSHIPS[type].patterns) {
        const shown = new RegExp(`\\(${p.from}\\)-\\[:${type}[^\\]]*\\]->\\((?:[A-Za-z|]*\\b)?(?:${p.to}|entity)\\b`);
        expect(cell, `${type}: ${p.from}->${p.to}`).toMatch(shown);
      }
    }
  });

  it('lists every node label', () => {
    for (const label of NODE_TYPES) expect(doc).toContain(`| \`${label}\` |`);
  });
});
