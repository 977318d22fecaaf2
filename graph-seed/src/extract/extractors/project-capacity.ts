// Projects named by a capacity and a product before 项目 (年产5万吨再生铝项目, X公司年产3000吨纳米材料项目), outside lists too.
import type { Candidate, DocContext, Extractor } from '../context';
import { localPlaceForm } from '../local-places';
import { candidate } from './project-patterns';

/**
 * 年产/年加工… N unit product 项目: a capacity with its product is a plant being built, whatever verb or firm comes
 * before it; the firm written right before stays an organisation (PARTICIPATES_IN reads it).
 */
const CAPACITY_PROJECT =
  /(?:年产|年加工|年处理|年出栏|年产能|年吞吐)[\d.]+(?:万|亿|千)?(?:吨|台|套|辆|件|只|头|平方米|立方米|千瓦|兆瓦|吉瓦|GWh|MW|KW|kW|万千瓦|双|片|个|条|颗|块|米)[\u4e00-\u9fff]{1,14}?(?=项目)/g;

export const projectCapacity: Extractor = {
  id: 'project-capacity',
  entityType: 'Project',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlace = localPlaceForm(doc.placeCode);
    const out: Candidate[] = [];
    for (const m of text.matchAll(CAPACITY_PROJECT)) {
      const c = candidate(text, m.index, m.index + m[0].length, 'project-capacity', 0.8, true, isPlace, true);
      if (c) out.push({ ...c, aliases: [...(c.aliases ?? []), `${c.name}项目`] });
    }
    return out;
  },
};
