// Search by pinyin, initials and near spellings over real HTTP into the real Neo4j: what a user typing on a Latin keyboard, or mistyping, finds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchResponse } from '@policygraph/contract/api';
import { CurationsResponse } from '@policygraph/contract/curation';
import { useSampleServer } from '../support/sample-server';

const TOKEN = 'test-editor-token-pinyin-0123456789ab';
const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-pinyin-'));
const world = useSampleServer({ writes: { uploadsDir, token: TOKEN } });
const search = (q: string, extra = '') => world.getJson(`/api/search?q=${encodeURIComponent(q)}${extra}`, SearchResponse);

describe('search by pinyin, initials and near spellings', { timeout: 240_000 }, () => {
  it('finds 项目为王 from its initials xmww and its full pinyin xiangmuweiwang, first', async () => {
    for (const q of ['xmww', 'xiangmuweiwang', 'XiangMu WeiWang']) {
      const res = await search(q);
      expect(res.hits[0], q).toMatchObject({ id: 'strategy:项目为王', match: 'pinyin' });
    }
  });

  it('suggests names while their pinyin is being typed (lankao → 兰考县)', async () => {
    const res = await search('lankao');
    expect(res.hits[0]).toMatchObject({ id: 'place:410225', name: '兰考县', match: 'pinyin' });
  });

  it('finds 项目为王 from a near spelling: one wrong character (项木为王, 项目为玉) or a letter off in the pinyin', async () => {
    for (const q of ['项木为王', '项目为玉', '項木為王', 'xiangmuweiwagn']) {
      const res = await search(q);
      expect(
        res.hits.map((h) => h.id),
        q,
      ).toContain('strategy:项目为王');
      expect(res.hits.find((h) => h.id === 'strategy:项目为王')!.match, q).toBe('near');
    }
  });

  it('still ranks the exact name first, once, in Simplified and in Traditional', async () => {
    for (const q of ['项目为王', '項目為王']) {
      const res = await search(q);
      expect(res.hits[0], q).toMatchObject({ id: 'strategy:项目为王', match: 'exact' });
      expect(
        res.hits.filter((h) => h.id === 'strategy:项目为王'),
        q,
      ).toHaveLength(1);
    }
  });

  it('keeps to the types asked for', async () => {
    const res = await search('xmww', '&types=Place');
    expect(res.hits.every((h) => h.type === 'Place')).toBe(true);
    expect(res.hits.map((h) => h.id)).not.toContain('strategy:项目为王');
  });

  it('finds a renamed entity by the pinyin of its new name as soon as the rename is answered', async () => {
    const v = CurationsResponse.parse(await (await fetch(`${world.server.baseUrl}/api/curations`)).json()).graphVersion;
    const res = await fetch(`${world.server.baseUrl}/api/curations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', 'If-Match': `"g-${v}"` },
      body: JSON.stringify({ action: 'rename', entityId: 'strategy:项目为王', name: '测试更名战略' }),
    });
    expect(res.status).toBe(201);
    const hits = (await search('csgmzl')).hits;
    expect(hits[0]).toMatchObject({ id: 'strategy:项目为王', name: '测试更名战略', match: 'pinyin' });
    // The old name is kept as an alias, so its pinyin still finds the entity.
    expect((await search('xmww')).hits[0]).toMatchObject({ id: 'strategy:项目为王' });
  });
});
