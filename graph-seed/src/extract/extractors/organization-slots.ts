// Firms named by what the sentence says they do: the investor of 由X投资建设, the party of 与X签约, the subject of
// X投资建设的/X落户. Government prose names most firms with no 公司/集团 after them; the verb's slot says they are firms.
import type { Candidate, DocContext, Extractor } from '../context';
import { localPlaceForm } from '../local-places';
import { trimItem } from '../text-utils';
import { org } from './organization-patterns';
import { TRADE_END } from './organization-trades';
import { GENERIC_START } from './organization-brands';

/** Words that make the name no firm: organs of government, people, generic parties and things that are not firms. */
const NOT_FIRM =
  /(?:政府|党委|党工委|人大|政协|管委会|委员会|办公室|指挥部|工作组|专班|部门|单位|机关|[局委办厅处站所队]$|双方|各方|多方|客商|外商|投资方|投资者|投资人|企业$|企业家|商会|协会|群众|农户|村民|居民|社会资本|民间资本|资本|资金|财政|项目|工程|基地|园区|园$|中心$|平台|合作社|专家|团队|高校|院所|院校|书记|县长|市长|省长|镇长|主任|领导|干部|我们|我县|我市|我区|我镇|本县|全县|全市|全区|该|其|他们|一批|多家|部分|相关|有关|国家|省级|市级|县级|集体|一行)/;
/** Words written after a firm inside the slot that are not part of its name (与X董事长某某签约, 与X一行签约). */
const AFTER_NAME = /(?:董事长|总经理|总裁|副总裁|董事|负责人|代表|一行|有关负责人|相关负责人|签约代表)/;
/** A clause or list break, or a letter that ends the phrase before a name. */
const LEFT_STOP = /[，。；：、！？\n（）“”《》]/;

/** A firm's name as the slot leaves it: not a place, an organ of government, a person's title or a generic party. */
function firmName(text: string, a: number, b: number, isPlace: (s: string) => boolean): { a: number; b: number } | null {
  const after = AFTER_NAME.exec(text.slice(a, b));
  if (after) b = a + after.index;
  const t = trimItem(text, a, b);
  const name = text.slice(t.a, t.b);
  if (name.length < 2 || name.length > 16 || !/^[\u4e00-\u9fff（）()A-Za-z]+$/.test(name)) return null;
  if (NOT_FIRM.test(name) || isPlace(name)) return null;
  // A place with only a level or a direction after it (兰考县, 县城西) is a place, not a firm.
  if (/[省市县区镇乡村]$/.test(name) || /^[省市县区镇乡村]/.test(name)) return null;
  for (let k = Math.min(5, name.length); k >= 2; k--) if (isPlace(name.slice(0, k)) && name.length - k < 2) return null;
  return t;
}

/**
 * 由X投资建设, 由X承建, 与X签约, 同X签订, 与X就…达成: the verb says X is the investor, builder or party. Both ends of X
 * are written (the preposition and the verb), so the slot alone decides the name.
 */
const BY_FIRM = /由([^，。；：、！？\n由]{2,20}?)(?:联合|共同|独资|全资|合作)?(?:投资|出资|捐资|承建|建设|开发|运营|实施|牵头)/g;
const WITH_FIRM =
  /(?<![参给])(?:与(?!会)|(?<![共相一协合不如连陪])同)([^，。；：、！？\n与同]{2,24}?)(?:就[^，。；]{0,30}?)?(?:成功|正式|现场|集中|顺利|分别)?(?:签约|签订|签署|达成|合资|洽谈|合作共建|共建|联合建设)/g;

/**
 * X投资建设的P, X投资10亿元建设, X落户: the firm is the subject of investing or settling. Its left end is not written,
 * so the name starts after the clause's break and its leading verbs, and must end as firms' names do (an industry).
 */
const FIRM_SUBJECT =
  /(?:投资|出资)(?:[\d.]+(?:万|亿)(?:元|美元))?(?:兴建|新建|建设|打造|实施)?的|(?:投资|出资)[\d.]+(?:万|亿)(?:元|美元)|投资建设|(?:成功|正式|整体)?落户/g;
const SUBJECT_BEFORE = /(?:总|计划|预计|拟|共|累计|新增|完成|年度|固定资产|政府|社会|招商|直接|间接|实际|到位|合同)$/;

export const organizationSlots: Extractor = {
  id: 'org-slots',
  entityType: 'Organization',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlace = localPlaceForm(doc.placeCode);
    const out: Candidate[] = [];
    const push = (a: number, b: number, source: string, strength: number) => {
      const t = firmName(text, a, b, isPlace);
      if (!t) return;
      const c = org(text, t.a, t.b, source, strength);
      if (c) out.push(c);
    };
    for (const m of text.matchAll(BY_FIRM)) push(m.index + 1, m.index + 1 + m[1]!.length, 'org-slot-by', 0.7);
    for (const m of text.matchAll(WITH_FIRM)) push(m.index + 1, m.index + 1 + m[1]!.length, 'org-slot-with', 0.7);
    for (const m of text.matchAll(FIRM_SUBJECT)) {
      // A、B落户: the subject may be a list; each item, read from the verb leftwards, must end like a firm's name.
      let end = m.index;
      for (let item = 0; item < 8; item++) {
        let s = end;
        while (s > 0 && end - s < 16 && !LEFT_STOP.test(text[s - 1]!)) s--;
        if (item === 0 && SUBJECT_BEFORE.test(text.slice(s, end))) break;
        const t = firmName(text, s, end, isPlace);
        if (!t) break;
        const name = text.slice(t.a, t.b);
        // Only a name that ends like a firm's (X新材, X生物) and starts with a brand, not a generic modifier.
        const trade = TRADE_END.exec(name);
        if (!trade || name.length - trade[0].length < 2 || GENERIC_START.test(name)) break;
        const c = org(text, t.a, t.b, 'org-slot-subject', 0.65);
        if (c) out.push(c);
        if (text[s - 1] !== '、' || t.a !== s) break;
        end = s - 1;
      }
    }
    return out;
  },
};
