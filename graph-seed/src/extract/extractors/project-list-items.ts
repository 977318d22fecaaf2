// The other items of a list of projects: where a clause's 、-list holds two or more items read as projects, an item
// no pattern read (a site with no known ending: 丝绸之路文化村, 洞口大道西段路) is read as one too, as the list says.
import type { Candidate, DocContext } from '../context';
import { localPlaceForm } from '../local-places';
import { splitList } from '../text-utils';
import { CAPACITY, candidate, firmStandingFor, joinedItem } from './project-patterns';

/** Clause breaks: a list of names does not run over them. */
const CLAUSE = /[，。；：\n！？□]/;
/** Words that close the last item of a list: 等36个项目, 等项目, 等地. */
const CLOSING = /等(?:[\d一二三四五六七八九十百]+[个项批座条])?[^、]{0,12}$/;
/** A project's name written with its 项目/建设项目 after it: the candidate ends there or before. */
/** Items that are a village or township not in the gazetteer (马郢社区, X新村). */
const PLACE_END = /(?:社区|村|镇|乡|街道)$/;
/** A river, lake or hill named alone. */
const NATURE = /^[\u4e00-\u9fff]{1,3}(?:河|江|湖|山|溪|渠|峰)$/;
const TAIL = /^(?:建设|开发建设|改造|提升)?(?:项目|工程)?$/;

/**
 * Items of a 、-list in one clause, when two or more of them (and at least half) are projects read by a pattern: every
 * other item that names something (candidate() refuses kinds, clauses, counts) is a project of the same list. Items
 * that another name already covers in part (a firm, a place, a programme, a shorter project) are left as they are.
 */
export function projectListItems(doc: DocContext, cands: readonly Candidate[]): Candidate[] {
  const text = doc.norm.text;
  const isPlace = localPlaceForm(doc.placeCode);
  const projects = cands.filter((c) => c.type === 'Project');
  if (projects.length < 2) return [];
  const out: Candidate[] = [];
  let a0 = 0;
  for (const m of text.matchAll(/[，。；：\n！？□]|$/g)) {
    const ca = a0;
    const cb = m.index;
    a0 = cb + 1;
    if (cb - ca < 12 || text.indexOf('、', ca) < 0 || text.indexOf('、', ca) >= cb) continue;
    const inClause = projects.filter((c) => c.nStart >= ca && c.nEnd <= cb);
    if (inClause.length < 2) continue;
    // One clause may hold several lists (A、B等项目承接C、D等产业): a list ends at the item its 等 closes.
    const runs: { a: number; b: number }[][] = [[]];
    for (const it of splitList(text, ca, cb, joinedItem)) {
      const close = CLOSING.exec(text.slice(it.a, it.b));
      runs[runs.length - 1]!.push(close && close.index >= 2 ? { a: it.a, b: it.a + close.index } : it);
      if (close) runs.push([]);
    }
    for (const items of runs) out.push(...completed(text, items, inClause, cands, isPlace));
  }
  return out;
}

function completed(
  text: string,
  items: { a: number; b: number }[],
  projects: readonly Candidate[],
  cands: readonly Candidate[],
  isPlace: (s: string) => boolean,
): Candidate[] {
  if (items.length < 3 || items.some((it) => CLAUSE.test(text.slice(it.a, it.b)))) return [];
  const covering = (it: { a: number; b: number }) =>
    projects.find((c) => c.nStart >= it.a && c.nStart - it.a <= 8 && c.nEnd <= it.b && TAIL.test(text.slice(c.nEnd, it.b)));
  const covered = items.filter((it) => covering(it));
  if (covered.length < 2 || covered.length * 2 < items.length) return [];
  const out: Candidate[] = [];
  for (const it of items) {
    // Another name over the item (a firm, a programme, a project cut shorter, a place that is the whole item) says what it is.
    if (covering(it) || cands.some((c) => c.nStart < it.b && c.nEnd > it.a && (c.type !== 'Place' || c.nEnd - c.nStart >= it.b - it.a - 1))) continue;
    const t = text.slice(it.a, it.b);
    // 马郢社区, 雍达食品: a village or a firm in a list of sites visited is no project; nor is a river or a hill named
    // alone (露水河), a feature of nature whose works are named apart (露水河连接线).
    if (PLACE_END.test(t) || NATURE.test(t)) continue;
    const c = candidate(text, it.a, it.b, 'project-list-item', 0.6, CAPACITY.test(t), isPlace, true);
    if (c && c.name.length <= 30 && !firmStandingFor(c)) out.push(c);
  }
  return out;
}
