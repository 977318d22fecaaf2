// Places from the gazetteer: full names anywhere, short forms and villages only where the document's context fixes them.
import { gazetteer, type Place } from '../../gazetteer/table';
import { chainOf, placeLexicon, regionId, type PlaceEntry } from '../../gazetteer/lexicon';
import { placeId } from '../../gazetteer/divisions';
import type { Candidate, DocContext, Extractor } from '../context';

/** Scans text for every lexicon form (with PROVINCE: also its townships and villages), longest first, without overlaps. */
export function scanPlaceForms(text: string, province?: string | null): { form: string; at: number }[] {
  return placeLexicon(province).index.scan(text);
}

interface PlaceContext {
  /** The document's place and its ancestors. */
  chain: Place[];
  province: string | null;
  city: string | null;
  county: string | null;
  /** Codes of provinces and cities the document names in full. */
  named: Set<string>;
}

function contextOf(placeCode: string | null, fullCodes: Set<string>): PlaceContext {
  const chain = placeCode ? chainOf(placeCode) : [];
  const find = (lv: string) => chain.find((p) => p.level === lv)?.code ?? null;
  const named = new Set<string>();
  for (const code of fullCodes) for (const p of chainOf(code)) if (p.level === 'province' || p.level === 'city') named.add(p.code);
  return { chain, province: find('province'), city: find('city'), county: find('county'), named };
}

const within = (code: string, anc: string | null) => !!anc && code.startsWith(anc) && chainOf(code).some((p) => p.code === anc);

/** Picks the one place a written form means here, or null when the context leaves it open. */
function resolve(entries: PlaceEntry[], ctx: PlaceContext, stop: Set<string>, form: string, townContext = false): PlaceEntry | null {
  const regions = entries.filter((e) => e.form === 'region');
  if (regions.length) return regions[0]!;
  const zones = entries.filter((e) => e.form === 'zone');
  if (zones.length === 1 && zones.length === entries.length) return zones[0]!;
  const localZones = entries.filter((e) => e.form === 'zone-local' && within(e.code!, ctx.city));
  if (entries.every((e) => e.form === 'zone-local')) return localZones.length === 1 ? localZones[0]! : null;
  const inChain = entries.find((e) => e.code && ctx.chain.some((p) => p.code === e.code));
  if (inChain) return inChain;
  const deepScope = ctx.county ?? ctx.city;
  const pick = (list: PlaceEntry[]) => (list.length === 1 ? list[0]! : null);
  // Two villages of one name in one county (平桥区 has two 新集村): the text cannot tell them apart; take the lower code.
  const first = (list: PlaceEntry[]) => [...list].sort((a, b) => a.code!.localeCompare(b.code!))[0]!;
  const full = entries.filter((e) => e.form === 'full');
  if (full.length) {
    const upper = full.filter((e) => e.level === 'province' || e.level === 'city' || e.level === 'county');
    if (upper.length === 1) return upper[0]!;
    if (upper.length > 1) {
      return pick(upper.filter((e) => within(e.code!, ctx.province))) ?? pick(upper.filter((e) => [...ctx.named].some((n) => within(e.code!, n))));
    }
    // Townships and villages: only inside the document's own county (or city, when it is about a city).
    const local = full.filter((e) => within(e.code!, deepScope));
    if (local.length) return first(local);
  }
  const variants = entries.filter((e) => e.form === 'variant');
  if (variants.length) {
    const local = variants.filter((e) => within(e.code!, deepScope));
    return local.length ? first(local) : null;
  }
  if (full.length) return null;
  // Short forms.
  if (stop.has(form)) return null;
  const short = entries.filter((e) => e.form === 'short');
  const upper = short.filter((e) => e.level === 'province' || e.level === 'city');
  if (upper.length) {
    const provinces = upper.filter((e) => e.level === 'province');
    if (provinces.length === 1) return provinces[0]!;
    return pick(upper) ?? pick(upper.filter((e) => within(e.code!, ctx.province)));
  }
  const counties = short.filter((e) => e.level === 'county');
  if (counties.length) {
    const local = counties.filter((e) => within(e.code!, ctx.province ?? '41'));
    if (local.length === 1) return local[0]!;
    if (local.length > 1) return pick(local.filter((e) => within(e.code!, ctx.city)));
    const named = counties.filter((e) => [...ctx.named].some((n) => within(e.code!, n)));
    return pick(named);
  }
  const towns = short.filter((e) => e.level === 'township');
  if (towns.length && ctx.county && townContext) return pick(towns.filter((e) => within(e.code!, ctx.county)));
  return null;
}

/** Short township names (明港, 胡店) are read only where the words around them say a place: 洋河至胡店, 王岗出入口. */
const TOWN_AFTER = /^(?:至|到|段|境内|一带|片区|辖区|周边|出入口|互通|机场|水厂|镇区|乡区)/;
const TOWN_BEFORE = /(?:至|到|从)$/;
/** …or where they are items of a list closed as townships: 涉及新立、东溪、复兴等乡镇(街道), 甲、乙2个镇. */
const TOWN_LIST_AFTER = /^(?:[、和及][\u4e00-\u9fff]{2,4})*(?:等)?(?:[\d一二三四五六七八九十]+个)?(?:乡镇|镇|乡|街道)/;

/** Common surnames: a place's short name right after one and a title (县长王南昌) is a person's given name. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const TITLE =
  '(?:书记|县长|市长|区长|省长|州长|镇长|乡长|主任|主席|委员|局长|部长|厅长|处长|科长|经理|董事长|院长|校长|同志|记者|通讯员|代表|教授|专家|指导员|队长|村长|支书|领导)';
const PERSON_BEFORE = new RegExp(`${TITLE}[${SURNAMES}]$`);
const PERSON_AFTER = /^(?:同志|书记|县长|市长|主任|表示|指出|强调|说|一行|等人|宣布|出席|主持|讲话|陪同|记者|通讯员|摄)/;
/** 陈某、汪长春、王某: the next item of a list of people is a surname with one or two letters. */
const PERSON_LIST_AFTER = new RegExp(`^、[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:[、，。；]|等)`);
/** “县长王南昌”, “王新乡同志”: a person whose given name is a place's short name. */
export function personName(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 5), at);
  if (PERSON_BEFORE.test(before)) return true;
  if (!SURNAMES.includes(text[at - 1] ?? '\0') || /[\u4e00-\u9fff]/.test(text[at - 2] ?? '')) return false;
  return PERSON_AFTER.test(text.slice(end, end + 3)) || (text[at - 2] === '、' && PERSON_LIST_AFTER.test(text.slice(end, end + 5)));
}

/** The villages of one name in the document's county, when there are several (two 双龙村 in two townships). */
function namesakes(entries: PlaceEntry[], ctx: PlaceContext): PlaceEntry[] {
  const scope = ctx.county ?? ctx.city;
  return entries.filter((e) => e.level === 'village' && (e.form === 'full' || e.form === 'variant') && within(e.code!, scope));
}

export const placeGazetteer: Extractor = {
  id: 'place-gazetteer',
  entityType: 'Place',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    // Townships and villages of the document's province only: they are read only inside its county anyway.
    const province = doc.placeCode ? doc.placeCode.slice(0, 2) : null;
    const lex = placeLexicon(province);
    const hits = lex.index.scan(text);
    const fullCodes = new Set<string>();
    for (const h of hits) {
      const es = lex.byForm.get(h.form)!;
      const upper = es.filter((e) => e.form === 'full' && (e.level === 'province' || e.level === 'city'));
      if (upper.length === 1) fullCodes.add(upper[0]!.code!);
    }
    const ctx = contextOf(doc.placeCode, fullCodes);
    const g = gazetteer();
    const out: Candidate[] = [];
    for (const h of hits) {
      const after = text.slice(h.at + h.form.length, h.at + h.form.length + 4);
      if (lex.blockedAfter.some((w) => after.startsWith(w))) continue;
      if (lex.stopFull.has(h.form)) continue;
      // Two-letter full names (范县, 和县, 成县) hide inside words (示范县, 建成县域): read them only at a word edge.
      if (h.form.length === 2 && /[县区市旗]$/.test(h.form) && lex.byForm.get(h.form)!.every((e) => e.form === 'full')) {
        const prev = text[h.at - 1] ?? '';
        if (/[\u4e00-\u9fff]/.test(prev) && !/[在至到和与及、省市的是为对从向于赴经党]/.test(prev)) continue;
        if (/^[城域级委里乡镇]/.test(after)) continue;
      }
      const townContext =
        TOWN_AFTER.test(text.slice(h.at + h.form.length, h.at + h.form.length + 3)) ||
        TOWN_BEFORE.test(text.slice(Math.max(0, h.at - 1), h.at)) ||
        TOWN_LIST_AFTER.test(text.slice(h.at + h.form.length, h.at + h.form.length + 40));
      let e = resolve(lex.byForm.get(h.form)!, ctx, lex.stopShort, h.form, townContext);
      if (!e) continue;
      if (e.form === 'short' && personName(text, h.at, h.at + h.form.length)) continue;
      if (e.level === 'village') {
        // A village name shared by several villages of the county: the one of the township the sentence names
        // (祥谦镇双龙村), else the one of a township named anywhere in the document, else the lowest code.
        const same = namesakes(lex.byForm.get(h.form)!, ctx);
        if (same.length > 1) {
          const s = doc.sentenceAt(h.at);
          const townAt = (from: number, to: number) =>
            hits.filter((t) => t.at >= from && t.at < to).flatMap((t) => lex.byForm.get(t.form)!.filter((x) => x.level === 'township' && x.code));
          const towns = [...townAt(s?.nStart ?? h.at, s?.nEnd ?? h.at), ...townAt(0, text.length)];
          e = towns.map((t) => same.find((v) => v.code!.startsWith(t.code!))).find(Boolean) ?? e;
        }
      }
      // A short county name between two Chinese letters may straddle two words (招商水平 is not 商水): between
      // letters it is read only before a word that usually follows a place (长垣是…, 永城正在…).
      if (e.form === 'short' && e.level === 'county' && !ctx.chain.some((p) => p.code === e.code) && !within(e.code!, ctx.city)) {
        const prev = text[h.at - 1] ?? '';
        const next = text[h.at + h.form.length] ?? '';
        if (/[\u4e00-\u9fff]/.test(prev) && /[\u4e00-\u9fff]/.test(next) && !/[是的在等和与及至到市县区人籍境段正也都已还为作要将同比、]/.test(next)) continue;
      }
      const id = e.code ? placeId(e.code) : regionId(e.name);
      const parent = e.code ? g.get(e.code)?.parentCode : null;
      out.push({
        type: 'Place',
        id,
        name: e.name,
        surface: h.form,
        nStart: h.at,
        nEnd: h.at + h.form.length,
        source: 'place-gazetteer',
        strength: e.form === 'full' || e.form === 'region' ? 1 : 0.8,
        level: e.level,
        code: e.code ?? undefined,
        parentId: parent ? placeId(parent) : undefined,
      });
    }
    out.push(...townshipsAfterCounty(text, out, lex.stopShort, province));
    return out;
  },
};

/**
 * A township written right after its county (化州市平定镇, 苍梧旺甫工业小镇) is that county's, whatever the document's
 * own place: the county just named decides it as the document's county decides the others. Full names (…镇/乡/街道)
 * and short forms; nothing already read is read again.
 */
function townshipsAfterCounty(text: string, found: Candidate[], stopShort: Set<string>, province: string | null): Candidate[] {
  const taken = new Set(found.map((c) => c.nStart));
  const out: Candidate[] = [];
  // The township tables of the document's province, or with no place known of the first two provinces met: each
  // table takes a moment to load, and a text about one place rarely spells townships of several provinces.
  const provinces = new Set<string>(province ? [province] : []);
  for (const c of found) {
    if (c.level !== 'county' || !c.code || taken.has(c.nEnd)) continue;
    if (!provinces.has(c.code.slice(0, 2))) {
      if (province || provinces.size >= 2) continue;
      provinces.add(c.code.slice(0, 2));
    }
    const deep = placeLexicon(c.code.slice(0, 2));
    for (let len = 6; len >= 2; len--) {
      const form = text.slice(c.nEnd, c.nEnd + len);
      if (form.length < len || !/^[\u4e00-\u9fff]+$/.test(form)) continue;
      const towns = (deep.byForm.get(form) ?? []).filter((e) => e.level === 'township' && e.code?.startsWith(c.code!));
      const full = towns.filter((e) => e.form !== 'short' && /(?:镇|乡|街道)$/.test(form));
      const short = towns.filter((e) => e.form === 'short' && !stopShort.has(form));
      const e = full.length === 1 ? full[0]! : !full.length && short.length === 1 ? short[0]! : null;
      if (!e) continue;
      out.push({
        type: 'Place',
        id: placeId(e.code!),
        name: e.name,
        surface: form,
        nStart: c.nEnd,
        nEnd: c.nEnd + len,
        source: 'place-gazetteer',
        strength: e.form === 'short' ? 0.8 : 1,
        level: e.level,
        code: e.code!,
        parentId: c.id,
      });
      taken.add(c.nEnd);
      break;
    }
  }
  return out;
}
