// PARTICIPATES_IN (Organization → Project) from what the sentence says: the firm named in the project, or a verb of
// investing, building or signing between them. Its own module, so the firm rules and the other relations change apart.
import type { NSentence } from '../structure';
import type { Candidate } from './context';
import { maskedGap } from './text-utils';

/** Verbs that make a firm the investor, builder or signatory of a project (由X投资, X承建, 与X签约, 会见X…洽谈Y). */
const PARTICIPATE = /(?:投资|承建|建设|开发|运营|实施|签约|签订|合作|洽谈|牵头|出资|入驻|落户|推进|研究推进|共建|援建|捐建|捐资)/;
/** A firm's officer and 代表 before a project's side (X总经理某某代表P项目方). */
const SPEAKS_FOR = /^(?:董事长|副董事长|总经理|副总经理|总裁|副总裁|董事|负责人|党委书记)[\u4e00-\u9fff]{2,4}代表$/;
/** Other firms are masked as ◎, other projects as §. */
const markOf = (c: Candidate) => (c.type === 'Organization' ? '◎' : '§');
/** Firms listed after this one: 、B公司、C公司 / 与B公司 share the verb that follows the list. */
const FIRMS_AFTER = /^(?:(?:[、和与及]|以及)◎)+/;
/** Firms listed before this one: 由A公司、 → 由. */
const FIRMS_BEFORE = /(?:◎(?:[、和与及]|以及))+$/;
/** The verb after a list of firms, up to the project: (联合|共同)投资建设的. */
const LISTED_FIRMS_VERB =
  /^(?:等(?:(?:\d{1,3}|[一二三四五六七八九十两]{1,3})家)?[\u4e00-\u9fff]{0,6}?(?:企业|央企|国企|公司))?(?:联合|共同|合作|分别)?(?:投资|承建|建设|开发|运营|签约|出资|牵头)[^，。；等]{0,12}$/;
/** Projects listed before this one: 投资建设的A、 → 投资建设的 (A项目和 too). */
const PROJECTS_BEFORE = /(?:§(?:项目)?(?:[、和及]|以及))+$/;
/** Y项目的承建单位为X, 建设方是X, 投资主体为X. */
const ROLE_IS = /(?:投资|承建|建设|施工|运营|实施|开发|出资)(?:单位|方|主体|企业|商)(?:为|是)$/;

/** P，将引入X…: the project (or its builder) brings a firm in, to run or build it (RUNS follows the firm). */
const HOSTS_TO_RUN = /^[^。；]{0,16}?[，,]?(?:将|拟|已|计划|正在|同步)?(?:引入|引进|邀请|吸引)$/;
const RUNS = /^(?:等[^，。；]{0,8}?(?:企业|公司))?(?:参与|负责|共同|合作|进行)(?:投资|建设|运营|开发|管理|经营)/;
/** P已入驻X、Y等企业, P引进X: the park or zone holds the firm. */
const HOSTS = /^[^，。；]{0,6}?(?:已|共|先后|目前|累计|成功|现已)?(?:入驻|进驻|引进|落户)(?:了)?(?:[^，。；]{0,6}?企业)?(?:有|包括)?[：:]?$/;
/** 入驻P的X: the verb of settling just before the project. */
const SETTLES_IN = /(?:入驻|进驻|落户|落地)(?:到|于|在)?$/;
/** X、Y等新落地企业, X等入驻企业: the firms listed are the ones that settled in the place just named. */
const SETTLED_FIRMS = /^等?(?:[一二三四五六七八九十\d]+家)?(?:新|重点)?(?:落地|入驻|进驻|落户|签约|引进)(?:的)?(?:企业|项目)/;

/**
 * PARTICIPATES_IN only where the sentence says so: the firm is named in the project's name (0.9), or a verb of
 * investing, building or signing joins the firm to the project (0.8): 由X投资建设的Y, X与Z县签约Y, Y由X承建,
 * Y项目总投资…，由X投资建设, Y项目的承建单位为X, Y项目与X签约. Firms listed together share the verb (由A、B联合投资),
 * as do projects listed together after it (X投资建设的A、B项目); any other firm or project between them breaks the
 * link, so a firm and a project that merely share a sentence (a visit to A公司、B园区) are not linked. A park holds the
 * firms said to have settled in it (P已入驻X等企业, 入驻P的X, 到P，了解X等新落地企业: 0.8, 0.8, 0.7), and a project
 * that brings a firm in to run it has it as a participant (P，将引入X参与运营: 0.8).
 */
export function participatesConfidence(text: string, s: NSentence, p: Candidate, o: Candidate, orgs: Candidate[], projects: Candidate[]): number {
  // One span read as both a firm and a project (X集团) is one thing, not a firm taking part in itself.
  // …but X有限公司项目 names the firm's project: the firm takes part in it.
  if (o.nStart === p.nStart && o.nEnd === p.nEnd) return text.startsWith('项目', p.nEnd) && /(?:公司|集团)$/.test(o.name) ? 0.85 : 0;
  if (o.nStart >= p.nStart && o.nEnd <= p.nEnd) return 0.9;
  // X产业园区管委会: the committee named by its zone runs that zone.
  if (p.nStart >= o.nStart && p.nEnd <= o.nEnd && /(?:管委会|管理委员会)$/.test(o.name)) return 0.8;
  // X公司年产…项目, X公司的Y项目: a firm written right before a project names its own project.
  if (o.nEnd <= p.nStart && /^的?$/.test(text.slice(o.nEnd, p.nStart))) return 0.85;
  const others = [...orgs.filter((x) => x !== o), ...projects.filter((x) => x !== p)];
  if (o.nEnd <= p.nStart) {
    if (p.nStart - o.nEnd > 40) return 0;
    const raw = maskedGap(text, o.nEnd, p.nStart, others, markOf);
    // X公司总经理某某代表P项目方发言: the firm's officer speaks for the project's side, so the firm is that side.
    if (SPEAKS_FOR.test(raw) && /^(?:项目)?方/.test(text.slice(p.nEnd, p.nEnd + 3))) return 0.8;
    const gap = raw.replace(FIRMS_AFTER, '').replace(PROJECTS_BEFORE, '');
    if (/[。；、§◎]/.test(gap)) return 0;
    // 由A、B联合投资建设的P: firms listed together share a verb only when it follows the list and reaches the project
    // in one clause (依托A、B等企业，推进P and 深化与A、B合作，推进P name the firms, not who builds P).
    if (gap.length !== raw.replace(PROJECTS_BEFORE, '').length) return LISTED_FIRMS_VERB.test(gap) ? 0.8 : 0;
    // 由X投资建设的Y, X投资建设Y, 与X签约Y, 会见X一行，洽谈Y. Across a comma only a verb of dealing or investing
    // carries the firm to the project: X等企业扩能升级，加快推进Y names no builder of Y.
    // 会见X一行，双方就P项目进行洽谈: the dealing verb comes after the project.
    if (/就$/.test(gap) && /^(?:项目)?(?:进行|开展)?了?(?:深入|友好|专题)?(?:洽谈|对接|签约)/.test(text.slice(p.nEnd, p.nEnd + 12))) return 0.8;
    const lastClause = gap.slice(gap.lastIndexOf('，') + 1);
    if (gap.includes('，') && !/(?:洽谈|签约|签订|签署|投资|承建|出资)/.test(lastClause)) return 0;
    return PARTICIPATE.test(gap) ? 0.8 : 0;
  }
  if (o.nStart - p.nEnd > 40) return 0;
  const head = maskedGap(text, p.nEnd, o.nStart, others, markOf).replace(FIRMS_BEFORE, '');
  if (/[。；§◎]/.test(head)) return 0;
  const after = maskedGap(text, o.nEnd, Math.min(s.nEnd, o.nEnd + 40), others, markOf).replace(FIRMS_AFTER, '');
  // Y由X投资建设; Y项目总投资5亿元，由X投资建设 (the project is the subject of the clause 由X… completes).
  if (/^[^，、]{0,4}由$|^[^、]{0,24}[，,]由$/.test(head) && PARTICIPATE.test(after.slice(0, 6))) return 0.8;
  if (ROLE_IS.test(head)) return 0.8;
  // P，将引入X参与运营: the project brings the firm in to run, build or invest in it.
  if (HOSTS_TO_RUN.test(head) && RUNS.test(after)) return 0.8;
  // P已入驻X、Y等企业, 入驻P的X: the firm has settled in the park or zone the project is.
  if (HOSTS.test(head) || (/^的$/.test(head) && SETTLES_IN.test(text.slice(Math.max(s.nStart, p.nStart - 4), p.nStart)))) return 0.8;
  // 到P，实地了解X、Y等新落地企业…: the firms are named as the ones that settled there.
  if (/^[，,]?[^，。；]{0,4}?(?:了解|察看|查看|走访|调研|参观|看望)$/.test(head) && SETTLED_FIRMS.test(after)) return 0.7;
  // Y项目与X签约, Y项目同X公司正式签订合作协议
  if (/^[^，、]{0,6}(?:与|同)$/.test(head) && /^(?:成功|正式|现场|集中)?(?:签约|签订|签署|合作)/.test(after)) return 0.8;
  return 0;
}
