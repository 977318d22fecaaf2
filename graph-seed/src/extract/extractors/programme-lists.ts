// Programmes that are lists of projects, named where a project is said to be one of them (P为2019年百项重点关注项目,
// P是X县三早项目之一): the counted label with its 项目 is the programme (a Strategy the project SERVES).
import type { Candidate, DocContext, Extractor } from '../context';
import { strategyId } from './strategy-vocabulary';

/**
 * A verb of belonging, a short lead (a place, a year, a level) and a label that opens with a count (百项…, 三早, 十大)
 * closed by 项目. A bare count (一个项目, 十项重点项目, 一批项目) is no label: it counts projects, it names no list.
 */
const LABELLED =
  /(?:是|为|列为|列入|入选|纳入|属于|确定为)(?:[^，。；、“”]{0,10}?)((?<![一二两三四五六七八九十百千万])[一二两三四五六七八九十百千万双]{1,3}(?:项|大)?[\u4e00-\u9fff]{1,6}?项目)(?=之一|[，。；、）)]|$)/g;
const BARE_COUNT = /^[一二两三四五六七八九十百千万]+(?:个|批|家|座|条|项|大)?(?:重点|重大|民生|产业|工业|建设)?项目$/;

export const programmeLists: Extractor = {
  id: 'programme-lists',
  entityType: 'Strategy',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const out: Candidate[] = [];
    for (const m of text.matchAll(LABELLED)) {
      const name = m[1]!;
      if (BARE_COUNT.test(name) || /[的了和与及在]/.test(name)) continue;
      const a = m.index + m[0].length - name.length;
      out.push({ type: 'Strategy', id: strategyId(name), name, surface: name, nStart: a, nEnd: a + name.length, source: 'programme-list', strength: 0.7 });
    }
    return out;
  },
};
