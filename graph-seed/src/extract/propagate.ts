// Document-level propagation: a name the patterns found once is a mention wherever else the document writes it.
import type { Candidate, DocContext } from './context';
import { FormIndex } from './form-index';

/** Shortest written form worth propagating, per type: two-letter company names (信钢) are specific, two-letter slogans are not. */
const MIN_LENGTH: Record<string, number> = { Organization: 2, Project: 4, Strategy: 3 };

/**
 * Adds a candidate for every further occurrence of a Strategy, Project or Organisation form already found in the
 * document (信钢 in a list of leading firms → also inside 信钢180万吨合金带钢, so the firm joins the project).
 */
export function propagate(doc: DocContext, cands: Candidate[]): Candidate[] {
  const taken = new Set(cands.map((c) => `${c.type}|${c.nStart}`));
  const out: Candidate[] = [];
  // One scan per type, so a firm's name inside a project's name is still seen.
  for (const type of ['Strategy', 'Project', 'Organization'] as const) {
    const byForm = new Map<string, Candidate>();
    for (const c of cands) {
      if (c.type !== type) continue;
      for (const f of new Set([c.surface.replace(/[“”\s]/g, ''), c.name])) {
        if (f.length < MIN_LENGTH[type]!) continue;
        const prev = byForm.get(f);
        if (!prev || prev.strength < c.strength) byForm.set(f, c);
      }
    }
    if (byForm.size === 0) continue;
    for (const { form, at } of new FormIndex(byForm.keys()).scan(doc.norm.text)) {
      const c = byForm.get(form)!;
      if (taken.has(`${type}|${at}`)) continue;
      out.push({ ...c, surface: form, nStart: at, nEnd: at + form.length, source: `${c.source}+propagated`, strength: c.strength * 0.9 });
    }
  }
  return out;
}
