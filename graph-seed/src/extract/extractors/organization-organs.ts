// Organs of local government named by their place and their function (漳浦县工信局, 县商务局, X县委统战部, 市人民政府办公厅):
// documents name the office that hosts a signing, builds a work or issues a list, and readers look those offices up.
import type { Candidate, DocContext, Extractor } from '../context';
import { localPlaceForm } from '../local-places';
import { trimItem } from '../text-utils';
import { orgId } from './organization-patterns';

/** The functions a county, city or province gives its offices (工信, 发改, 乡村振兴 …), the usual short and full forms. */
const FUNCTIONS =
  '工业和信息化|工信|经信|发展和改革|发展改革|发改|商务|财政|住房和城乡建设|住建|自然资源和规划|自然资源|自规|交通运输|交通|交运|水利|水务|农业农村|林业和草原|林业|文化和旅游|文化广电和旅游|文旅|文广旅|教育|卫生健康|卫健|民政|人力资源和社会保障|人社|生态环境|应急管理|市场监督管理|市场监管|统计|审计|乡村振兴|招商|投资促进|投促|合作交流|科技|能源|医疗保障|医保|城市管理|城管|住建|国资|行政审批|数据|大数据|退役军人事务|税务|公安|司法|建设|规划|国土资源|环保|工商|供销';
/** Party departments, named after 委 (县委统战部). */
const PARTY = '统战|组织|宣传|政法|编办|网信|农办|改革办|财经办';

const ORGAN = new RegExp(
  `(?:委(?:${PARTY})部|(?:委|人民政府|政府)?(?:${FUNCTIONS})(?:局|委员会|委|办公室|办)|人民政府办公室|人民政府办公厅|政府办公室)(?![\\u4e00-\\u9fff]{0,2}(?:改革|系统|部门))(?![面势限部法理好事])`,
  'g',
);
/**
 * Bodies named after the place they come from or serve: X（Y）商会, X村党总支, X援疆Y分指挥部, X第八批援藏工作组,
 * X驻Y帮扶工作组. The place must be written right before them.
 */
const PLACE_BODY =
  /(?:[（(][\u4e00-\u9fff]{2,4}[）)])?(?:异地)?商会|党总支部?|党支部|(?:第[一二三四五六七八九十\d]+批)?(?:驻[\u4e00-\u9fff]{2,4})?(?:援疆|援藏|援青|对口支援|帮扶)[\u4e00-\u9fff]{0,6}?(?:分指挥部|前方指挥部|指挥部|工作组|工作队)/g;

/** The committee that runs a zone (X高新区管委会, X产业园区管委会): named by its zone. */
const ZONE_COMMITTEE = /(?:开发区|园区|新区|新城|产业园|工业园|示范区|高新区|经开区|集聚区|集中区|试验区|合作区)(?:管委会|管理委员会)/g;

/** A Han letter right before START that does not end a phrase: the place found is the tail of a longer name. */
const CUT_INSIDE = (text: string, start: number) =>
  /[\u4e00-\u9fff]/.test(text[start - 1] ?? '') && !/[在由与和及的是为向对经从到及即并等将把了]/.test(text[start - 1]!);

/**
 * What follows an office that is only the affiliation of a person named after it (县公安局副局长某某作表态发言, 市经信局
 * 总工程师某某、…): the person speaks, the office does nothing in the text. Offices are organisations where they act (县发改委牵头).
 */
const AFFILIATION =
  /^(?:党委|党组|党工委|党总支|党支部)?(?:、)?(?:(?:常务)?副?(?:书记|局长|主任|处长|科长|部长|秘书长|调研员|总工程师|总经济师|总规划师)|[一二三四]级(?:调研员|主任科员))(?:、(?:党委|党组)?副?(?:书记|局长|主任))?(?!出席|参加|陪同|表示|介绍|主持|讲话|致辞|发言|带队|调研|一行|等|和|及)[\u4e00-\u9fff]{2,3}(?:[，、。；：]|表示|介绍|说|指出|作|出席|参加|陪同)/;
/** A byline or masthead naming the office that wrote or hosts the page: （X 供稿）, 来源：X, 主办单位：X. */
const BYLINE_BEFORE = /(?:来源|作者|主办单位|主办|承办单位|承办|版权所有|稿源|信息来源|供稿单位)\s*[：:]?\s*$/;
const BYLINE_AFTER = /^[\s\u4e00-\u9fff、]{0,12}?供稿|^\s*[）)]/;

/** True when the office at [a, b) is only someone's affiliation or the page's byline there, not an actor. */
export function onlyAffiliation(text: string, a: number, b: number): boolean {
  const after = text.slice(b, b + 16);
  if (AFFILIATION.test(after)) return true;
  const before = text.slice(Math.max(0, a - 8), a);
  if (BYLINE_BEFORE.test(before)) return true;
  return /[（(]\s*$/.test(before) && BYLINE_AFTER.test(after);
}

/** A level written alone before the office (县工信局, 在市商务局): the document's own county or city. */
const LEVEL = /[省市县区旗州盟]$/;

/**
 * 漳浦县工信局, 在县工信局举行, 筠连县委统战部, 重庆市人民政府办公厅: the place (a gazetteer form ending in its level) or
 * a bare level letter right before the function and the office's ending. No place, no organ: 招商局 alone and
 * 各乡镇招商分局 name a kind of office, not one.
 */
export const organizationOrgans: Extractor = {
  id: 'org-organs',
  entityType: 'Organization',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlace = localPlaceForm(doc.placeCode);
    const out: Candidate[] = [];
    for (const m of text.matchAll(ORGAN)) {
      const end = m.index + m[0].length;
      const left = text.slice(Math.max(0, m.index - 10), m.index);
      if (!LEVEL.test(left)) continue;
      // The longest place written right before (漳浦县, 重庆市), else the level letter alone (县工信局).
      let len = 1;
      for (let k = Math.min(10, left.length); k >= 2; k--) {
        if (isPlace(left.slice(left.length - k))) {
          len = k;
          break;
        }
      }
      // 各县区工信局, 市县两级: a level letter after another level or a plural word is no one office.
      const before = text[m.index - len - 1] ?? '';
      if (len === 1 && /[省市县区乡镇各两级全本]/.test(before)) continue;
      const start = m.index - len;
      // 禄丰县招商局 read as 丰县…: a place cut inside a longer name (a letter before it) is no place of the office.
      if (CUT_INSIDE(text, start)) continue;
      const name = text.slice(start, end);
      out.push({
        type: 'Organization',
        id: orgId(name),
        name,
        surface: name,
        nStart: start,
        nEnd: end,
        source: 'org-organ',
        strength: 0.75,
        kind: 'government',
      });
    }
    for (const m of text.matchAll(ZONE_COMMITTEE)) {
      let s = m.index;
      while (s > 0 && m.index - s < 12 && !/[，。；：、！？\n（）“”《》\s]/.test(text[s - 1]!)) s--;
      const t = trimItem(text, s, m.index + m[0].length);
      const name = text.slice(t.a, t.b);
      if (t.b !== m.index + m[0].length || name.length - m[0].length < 2 || /^(?:各|全|该|本|我)/.test(name)) continue;
      out.push({
        type: 'Organization',
        id: orgId(name),
        name,
        surface: name,
        nStart: t.a,
        nEnd: t.b,
        source: 'org-zone-committee',
        strength: 0.7,
        kind: 'government',
      });
    }
    for (const m of text.matchAll(PLACE_BODY)) {
      const left = text.slice(Math.max(0, m.index - 10), m.index);
      let len = 0;
      for (let k = Math.min(10, left.length); k >= 2 && !len; k--) if (isPlace(left.slice(left.length - k))) len = k;
      if (!len) continue;
      const start = m.index - len;
      if (CUT_INSIDE(text, start)) continue;
      const surface = text.slice(start, m.index + m[0].length);
      // 党总支部 and 党总支 are one body's two spellings.
      const name = surface.replace(/党总支部$/, '党总支');
      out.push({
        type: 'Organization',
        id: orgId(name),
        name,
        surface,
        nStart: start,
        nEnd: start + surface.length,
        source: 'org-place-body',
        strength: 0.7,
        kind: 'government',
      });
    }
    return out.filter((c) => !onlyAffiliation(text, c.nStart, c.nEnd));
  },
};
