// Organisations: names with company/institution suffixes, bare names in lists before 等龙头企业, and curated national names.
import { entityId } from '@policygraph/contract/model';
import type { Candidate, DocContext, Extractor } from '../context';
import { cleanName, splitList, trimItem } from '../text-utils';
import { organizationVocabulary, scanVocabulary } from '../vocabulary';

export const orgId = entityId.organization;

const SUFFIX =
  /(?:股份有限公司|有限责任公司|有限公司|集团|公司|银行|大学|学院|研究院|研究所|科学院|实业|光学|钢构|半导体|磁电|精工|药业)(?![\u4e00-\u9fff]{0,1}(?:改革|建设|制|化))(?!生|派)/g;
const LIST_TRIGGER =
  /(?<![平同相对高初中上优次何])等(?:一批)?(?:[\u4e00-\u9fff]{0,8}?)(?:龙头企业|头部企业|关联企业|重点企业|现有企业|骨干企业|企业|运营商|金融机构|政策性银行|银行|高校|院所|服务运营主体|运营主体)|[一二三四五六七八九十]大运营商/g;
const BAD =
  /^(?:国有|平台|投资|担保|该|各|龙头|一批|相关|有关|金融|中小|政府|民营|外资|上市|科技型|高新技术|头部|关联|合作|现有|重点|一流|世界|国内|行业|全市|全省|本地|省级|国家级|市级|区级|县级|新型|大型|专业|股份|商业|政策性|这些|平台公司|国有平台|职业技术)/;

function org(text: string, a: number, b: number, source: string, strength: number): Candidate | null {
  const t = trimItem(text, a, b);
  const name = cleanName(text.slice(t.a, t.b));
  const v = organizationVocabulary();
  if (name.length < 2 || name.length > 24 || BAD.test(name) || v.not.has(name)) return null;
  if (/[，。；：\d]/.test(name) || /(?:平台公司|倒逼|作为)/.test(name)) return null;
  const listEntry = source === 'org-list' ? v.listForms.get(name) : undefined;
  const e = v.byForm.get(name) ?? listEntry;
  const canonical = e ? e.name : name;
  return { type: 'Organization', id: orgId(canonical), name: canonical, surface: name, nStart: t.a, nEnd: t.b, source, strength, kind: e?.kind };
}

export const organizationSuffix: Extractor = {
  id: 'org-suffix',
  entityType: 'Organization',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const out: Candidate[] = [];
    for (const m of text.matchAll(SUFFIX)) {
      const end = m.index + m[0].length;
      let s = m.index;
      while (s > 0 && m.index - s < 12 && !/[，。；：、\n！？（）()“”的与和及等在向从对把将以为是了]/.test(text[s - 1]!)) s--;
      if (text[s - 1] === '对' && text[s] === '接') s++; // 对接X银行: the verb, not the name
      const c = org(text, s, end, 'org-suffix', 0.8);
      if (c && c.surface.length > m[0].length) out.push(c);
    }
    return out;
  },
};

export const organizationList: Extractor = {
  id: 'org-list',
  entityType: 'Organization',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const out: Candidate[] = [];
    for (const m of text.matchAll(LIST_TRIGGER)) {
      const end = m.index;
      let s = end;
      while (s > 0 && end - s < 60 && !/[，。；：\n！？]/.test(text[s - 1]!)) s--;
      for (const item of splitList(text, s, end)) {
        const c = org(text, item.a, item.b, 'org-list', 0.8);
        if (c) out.push(c);
      }
    }
    return out;
  },
};

/** 引进A、B: a short list of names right after 引进/招引 (companies brought in). */
export const organizationIntroduced: Extractor = {
  id: 'org-introduced',
  entityType: 'Organization',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const out: Candidate[] = [];
    for (const m of text.matchAll(/(?:引进|招引)((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6})(?=[，。；])/g)) {
      const start = m.index + m[0].length - m[1]!.length;
      for (const item of splitList(text, start, start + m[1]!.length)) {
        const c = org(text, item.a, item.b, 'org-introduced', 0.6);
        if (c && !/(?:人才|资金|项目|技术|企业|产业|团队|外资)/.test(c.name)) out.push(c);
      }
    }
    return out;
  },
};

export const organizationVocabularyExtractor: Extractor = {
  id: 'org-vocabulary',
  entityType: 'Organization',
  extract(doc: DocContext): Candidate[] {
    const v = organizationVocabulary();
    return scanVocabulary(v, doc.norm.text).map(({ form, entry, at }) => ({
      type: 'Organization',
      id: orgId(entry.name),
      name: entry.name,
      surface: form,
      nStart: at,
      nEnd: at + form.length,
      source: 'org-vocabulary',
      strength: 0.9,
      kind: entry.kind,
    }));
  },
};
