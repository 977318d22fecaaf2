// Scope of a strategy: the vocabulary's national/provincial terms, cues in the text, and a locality's own coinage by default.
import { describe, expect, it } from 'vitest';
import { strategyScopes } from '../../../graph-seed/src/extract/scope';
import { run } from './support';

/** Scope and basis of every strategy of a made-up excerpt, by name. */
function scopes(text: string, placeCode: string, level: 'province' | 'city' | 'county') {
  const r = run(text, placeCode);
  const byId = strategyScopes(r, text, level);
  const all = Object.fromEntries(r.entities.filter((e) => e.type === 'Strategy').map((e) => [e.name, byId.get(e.id)!]));
  // Pattern-found names may or may not keep the head noun (行动/模式/工程): look a made-up term up by its core.
  return new Proxy(all, { get: (t, k: string) => t[k] ?? Object.entries(t).find(([n]) => n.startsWith(k.slice(0, 4)))?.[1] });
}

describe('strategy scope', () => {
  it('takes national formulas and Henan programmes from the vocabulary, whatever the document', () => {
    const s = scopes('我们要增强“四个意识”、坚定“四个自信”、做到“两个维护”，坚持项目为王，实施乡村振兴战略。', '410225', 'county');
    expect(s['两个维护']).toMatchObject({ scope: 'national', basis: 'vocabulary' });
    expect(s['四个意识']).toMatchObject({ scope: 'national', basis: 'vocabulary' });
    expect(s['项目为王']).toMatchObject({ scope: 'provincial', basis: 'vocabulary' });
    expect(s['乡村振兴战略']).toMatchObject({ scope: 'national', basis: 'vocabulary' });
  });

  it('reads who put a term forward from the words just before it (省委提出的…, 党中央部署的…)', () => {
    const s = scopes('全面落实省委提出的“五化并进”工程。坚决贯彻党中央部署的“三清两建”行动。', '4107', 'city');
    expect(s['五化并进工程']).toMatchObject({ scope: 'provincial', basis: 'text' });
    expect(s['五化并进工程']!.reason).toContain('省委提出的');
    expect(s['三清两建行动']).toMatchObject({ scope: 'national', basis: 'text' });
  });

  it('does not take a cue from another clause: “落实中央部署，实施X” leaves X to the default', () => {
    const s = scopes('认真落实中央部署，深入实施“五化并进”工程。', '410581', 'county');
    expect(s['五化并进工程']).toMatchObject({ scope: 'local', basis: 'default' });
  });

  it('takes a term outside the vocabulary, with no cue, as the coinage of the city or county whose document names it', () => {
    const county = scopes('我县总结推广“三清两建”模式，带动全县发展。', '410225', 'county');
    expect(county['三清两建模式']).toMatchObject({ scope: 'local' });
    const province = scopes('全省推进“五化并进”工程。', '41', 'province');
    expect(province['五化并进工程']!.scope).toBe('provincial');
  });

  it('ranks the vocabulary over any cue, and a national cue over a provincial one', () => {
    const s = scopes('全省上下坚决做到“两个维护”。', '41', 'province');
    expect(s['两个维护']).toMatchObject({ scope: 'national', basis: 'vocabulary' });
    const ranks = scopes('按照省委部署，落实党中央提出的“五化并进”工程。', '4107', 'city');
    expect(ranks['五化并进工程']).toMatchObject({ scope: 'national', basis: 'text' });
  });
});
