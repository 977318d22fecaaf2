// Projects named by the phrase right before 项目 when the phrase names a thing (a place's site, a facility, a capacity,
// a phase), and coordinated names sharing one 项目 (签约A、B、C项目 → three projects).
import type { Candidate, DocContext, Extractor } from '../context';
import { localPlaceForm } from '../local-places';
import { candidate, projectId } from './project-patterns';

/**
 * What a thing to build is called by its last word: a base, a park, a plant, a market, a road, a school … A phrase
 * that ends so names one thing (食用菌冷链交易市场, 山泉水加工厂); one that ends in a sector or a quality (产业, 重点,
 * 民生) names a kind of project.
 */
const THING_HEAD =
  /(?:基地|园区|产业园|物流园|科技园|示范园|园|中心|市场|加工厂|工厂|厂房|车间|厂|养殖场|牧场|农场|种猪场|场|馆|驿站|站|大楼|楼|大道|公路|道路|路|大桥|桥|小区|社区|新村|综合体|生产线|冷库|仓库|仓储|仓|街区|街|新城|城|港|谷|庄园|酒店|学校|中学|小学|幼儿园|学院|医院|卫生院|公园|电站|水厂|管网|大棚|码头|公寓|广场|景区|营地|片区|水库|渠|堤|隧道)$/;
/** Words a phrase may be built of and still name only a kind of project: 重点产业项目, 乡村振兴项目, 一批民生项目. */
const KIND_WORD =
  /^(?:重点|重大|产业|工业|农业|招商|民生|基础设施|文旅|旅游|社会事业|城建|城市建设|交通|水利|能源|签约|开工|在建|续建|新建|储备|前期|示范|试点|乡村振兴|省级|市级|县级|国家级|省|市|县|区|大|好|新|优质|龙头|骨干|政府投资|专项债|中央预算内|以工代赈|衔接资金|帮扶|扶贫|惠民|为民办实事|环保|生态|城市更新|改造|建设|一批|一大批|多个|各类|全部|所有|外资|内资|科技|数字|智慧|文化|康养|服务业|现代|特色|高质量|标志性|引领性|支撑性|带动性|基础性|好的|这些|该|此|田园|乡村|农村|城乡|休闲|度假|农旅|观光|现代农业|标准化|规模化|配套|综合|公共|各个|各)+$/;
/** One sector word alone (交通、水利、能源项目) is a kind of project, not one signed or started. */
const KIND_ITEM = /^(?:重点|重大|产业|工业|农业|招商|民生|基础设施|文旅|旅游|社会事业|城建|交通|水利|能源|生态|环保|科技|数字|文化|康养|服务业|其他|其它)$/;
/** A capacity or a scale (年产5万吨, 万头肉羊, 6000头, 100兆瓦) names a plant of that size. */
const SCALE = /(?:[\d.]+(?:万|千|百)?|[一二三四五六七八九十两百千万]+)(?:吨|头|只|羽|亩|千瓦|兆瓦|MW|台|套|件|平方米|立方米|张|床)/;
/** A phase (一期, （二期）) is a phase of one named thing. */
const PHASE = /[（(]?[一二三四五六七八九\d]期[）)]?$/;
/** Trailing words that say what is done to the thing, not which thing: 建设, 提升, 改扩建 … */
const WORK_TAIL = /(?:建设|新建|迁建|扩建|改扩建|提升|改造|提质|升级|续建)+$/;

/** 签约/引进/落地… right before a 、-list of short names closed by one 项目: the items are the projects dealt with. */
const COORDINATED = /(?:签约|签订|引进|招引|落地|洽谈|开工|投产|竣工|新上|上马)了?((?:[\u4e00-\u9fff]{2,6}、){1,8}[\u4e00-\u9fff]{2,6})项目/g;

/** Verbs and adverbs of a clause: a phrase holding one is a clause, not a name. */
const CLAUSE_WORD =
  /(?:举行|举办|召开|出席|组织|开展|启动|参加|完成|实现|推动|促进|带动|加快|推进|计划|力争|确保|争取|积极|正在|已经|全力|着力|努力|要求|强调|指出|表示|认为|通过|获得|成为|作为|属于|包括|涉及|围绕|聚焦|依托|按照)/;
/** Letters that end the phrase before 项目 on its left. */
const STOP = /[，。；：、\n！？（）()“”‘’□【】《》·,;:!?等的和及与]/;

export const projectHeaded: Extractor = {
  id: 'project-headed',
  entityType: 'Project',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlace = localPlaceForm(doc.placeCode);
    const placeStart = (x: string) => {
      for (let k = Math.min(6, x.length - 3); k >= 2; k--) if (isPlace(x.slice(0, k))) return k;
      return 0;
    };
    const out: Candidate[] = [];
    for (const m of text.matchAll(/项目(?!库|储备|谋划|前期|建设年|为王|资金|招商|审批|管理|清单|名单)/g)) {
      const end = m.index;
      if (/[等的]/.test(text[end - 1] ?? '')) continue;
      // 扎佐街道项目3个: a count follows, so the phrase says whose or what kind the projects counted are.
      if (/^(?:共|有)?(?:\d+|[一二两三四五六七八九十]+)(?:个|项)/.test(text.slice(end + 2, end + 8))) continue;
      let s = end;
      while (s > 0 && end - s < 30 && !STOP.test(text[s - 1]!)) s--;
      // A bracket explains the name before it (X大道（G348…段工程）项目): the bracket is no name of its own.
      if (/[（(]/.test(text[s - 1] ?? '')) continue;
      // “春光里”田园综合体项目: a quoted part is the name's first word.
      if (text[s - 1] === '”') {
        const q = text.lastIndexOf('“', s - 1);
        if (q >= 0 && s - q <= 16 && !/[，。；、\n]/.test(text.slice(q, s))) s = q;
      }
      if (s === end) continue;
      // 目的地: 的 inside a word, not the particle; the phrase goes on to its left.
      if (text[s - 1] === '的' && text[s - 2] === '目' && text[s] === '地') continue;
      if (end - s >= 30 || end - s < 3) continue;
      const c = candidate(text, s, end, 'project-headed', 0.7, true, isPlace, true);
      if (!c || c.nEnd !== end) continue;
      const x = c.name.replace(WORK_TAIL, '');
      // 三个项目 closes a list (read elsewhere); a verb of the clause inside (X县举行Y, 力争完成Y) means the run
      // to the left went past the name's start.
      // A firm's project (X公司年产…项目, X集团Y项目) is read by the firm and capacity rules, which keep the firm apart.
      if (/(?:公司|集团)/.test(x)) continue;
      if (x.length < 3 || /(?:[一二三四五六七八九十两\d]+[个项批家座条])$/.test(x) || CLAUSE_WORD.test(x)) continue;
      // 忻城县各个重大项目, 修文县8月重点项目, X街道项目: a place and kind or date words are no name.
      const k = placeStart(x);
      if (k > 0 && (KIND_WORD.test(x.slice(k)) || /^(?:级|各|各个|\d+月|[一二三四五六七八九十]+月|年度|今年|上半年|下半年)/.test(x.slice(k)))) continue;
      if (isPlace(x) || /(?:街道|[镇乡村县市区旗])$/.test(x)) continue;
      // 位于X镇的Y项目: a thing the text places is one thing, whatever its words.
      const placed = /位于[^，。；、]{2,12}的$/.test(text.slice(Math.max(0, s - 16), s));
      const named =
        placed ||
        k > 0 ||
        (THING_HEAD.test(x) && x.length >= 4 && !KIND_WORD.test(x.replace(THING_HEAD, ''))) ||
        SCALE.test(x) ||
        (PHASE.test(c.name) && c.name.replace(PHASE, '').length >= 4);
      if (!named || KIND_WORD.test(x)) continue;
      out.push({ ...c, aliases: [...(c.aliases ?? []), `${c.name}项目`] });
    }
    out.push(...coordinated(doc));
    return out;
  },
};

/**
 * 签约新能源、预制菜、运动器材、物流园项目: the 项目 closing a 、-list of short bare names, after a verb of signing,
 * bringing in or starting, is every item's: each is a project (新能源项目). A list closed by 等…项目 is read elsewhere.
 */
function coordinated(doc: DocContext): Candidate[] {
  const text = doc.norm.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(COORDINATED)) {
    const list = m[1]!;
    let at = m.index + m[0].length - list.length - 2;
    const items = list.split('、');
    // 签约项目早落地、落地项目早建设: a slogan of verbs about projects, not a list of them.
    if (items.some((it) => /(?:项目|工程|[早快已将再]|落地|建设|开工|投产|达效)/.test(it))) continue;
    items.forEach((item, i) => {
      const b = at + item.length + (i === items.length - 1 ? 2 : 0);
      if (!KIND_ITEM.test(item) && !/(?:项目|工程|产业|行业|领域|企业|公司|集团)$/.test(item)) {
        const name = `${item}项目`;
        out.push({
          type: 'Project',
          id: projectId(name),
          name,
          surface: text.slice(at, b),
          nStart: at,
          nEnd: b,
          source: 'project-coordinated',
          strength: 0.7,
          aliases: [item],
        });
      }
      at += item.length + 1;
    });
  }
  return out;
}
