// Townships written short at the head of a project's name (钟陵富硒产业园 for 钟陵乡): read where a project's name says a
// place, as the gazetteer reads 洋河至胡店, so that LOCATED_IN can take the place inside the name. The place gets no
// mention: the annotation guide lists no place read only inside another name.
import { placeId } from '../../gazetteer/divisions';
import { placeLexicon } from '../../gazetteer/lexicon';
import type { Candidate, DocContext } from '../context';

/**
 * A township of the document's county written short (without 镇/乡/街道) where a project's name starts (梅庄猕猴桃种植
 * 基地 in a county with 梅庄镇): the township, as a place nested in the name. Only in a county's (or township's) text,
 * only when one township of the county has that short form, the form is no ordinary word (place-stopwords) and three
 * letters or more of name follow it; nothing where a place is already read.
 */
export function townsHeadingProjects(doc: DocContext, cands: readonly Candidate[]): Candidate[] {
  const code = doc.placeCode;
  if (!code || code.length < 6) return [];
  const county = code.slice(0, 6);
  const text = doc.norm.text;
  const lex = placeLexicon(county.slice(0, 2));
  const placeStarts = new Set(cands.filter((c) => c.type === 'Place').map((c) => c.nStart));
  const out: Candidate[] = [];
  const done = new Set<number>();
  for (const p of cands) {
    if (p.type !== 'Project' || done.has(p.nStart) || placeStarts.has(p.nStart)) continue;
    done.add(p.nStart);
    for (let len = 4; len >= 2; len--) {
      if (p.nEnd - p.nStart < len + 3) continue;
      const form = text.slice(p.nStart, p.nStart + len);
      if (!/^[\u4e00-\u9fff]+$/.test(form) || lex.stopShort.has(form)) continue;
      const towns = (lex.byForm.get(form) ?? []).filter((e) => e.level === 'township' && e.form === 'short' && e.code?.startsWith(county));
      // A form that is also a county's or city's name or short form is read by the gazetteer, not here.
      if (towns.length !== 1 || (lex.byForm.get(form) ?? []).some((e) => e.level !== 'township' && e.level !== 'village')) continue;
      const e = towns[0]!;
      out.push({
        type: 'Place',
        id: placeId(e.code!),
        name: e.name,
        surface: form,
        nStart: p.nStart,
        nEnd: p.nStart + len,
        source: 'place-project-head',
        strength: 0.8,
        level: e.level,
        code: e.code!,
        parentId: placeId(county),
        unmentioned: true,
      });
      break;
    }
  }
  return out;
}
