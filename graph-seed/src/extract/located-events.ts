// LOCATED_IN from the event a sentence reports at a project: a place holding it at the project's site (X在P施工现场设立分会场),
// the sites a visit to a place goes round (…来X镇调研。…一行先后察看了A、B等项目), and the items of a groundbreaking a
// place holds (本次X集中开工的项目包括A、B). Each is read from how a news item is built, not from a place sharing a sentence.
import type { NSentence } from '../structure';
import type { Candidate, DocContext } from './context';
import { maskedGap } from './text-utils';

/** Where a project is, as one rule reads it (located-in.ts gathers them). */
export interface Location {
  /** Place id. */
  to: string;
  confidence: number;
}

/** 我县在, 本区…在: the document's own place holding the event. */
const SELF_AT = /(?:我|本)[县市区镇乡旗][^，,。；§\d]{0,6}在$/;
/** After the project: its site (P施工现场, P项目建设现场, P工地). */
const SITE_AFTER = /^(?:建设)?(?:项目)?(?:的)?(?:建设|施工|开工)?(?:施工)?(?:现场|工地)/;
/** Between the acting place and 在: its office or head (回民区在, 安图县委书记在); no clause break, no other name. */
const ACTOR_TO_AT = /^[^，,。；！？§\d]{0,8}在$/;

/**
 * X在P(施工)现场设立分会场/举行…: the place holds an event at the project's site, so the project is there (0.8). The place
 * is written right before 在 (or its office or head is), or the document's place speaks as 我县.
 */
export function atSite(doc: DocContext, s: NSentence, p: Candidate, coded: Candidate[], others: Candidate[], docPlace: string | null): Location | undefined {
  const text = doc.norm.text;
  if (!SITE_AFTER.test(text.slice(p.nEnd, p.nEnd + 10))) return undefined;
  const clauseStart = Math.max(s.nStart, ...[...text.slice(s.nStart, p.nStart).matchAll(/[，,；。]/g)].map((m) => s.nStart + m.index + 1));
  const lead = maskedGap(text, clauseStart, p.nStart, others);
  if (!lead.endsWith('在')) return undefined;
  const actor = coded
    .filter((pl) => pl.nStart >= clauseStart && pl.nEnd < p.nStart && ACTOR_TO_AT.test(maskedGap(text, pl.nEnd, p.nStart, others)))
    .sort((a, b) => b.nEnd - a.nEnd)[0];
  if (actor) return { to: actor.id, confidence: 0.8 };
  if (docPlace && SELF_AT.test(lead)) return { to: docPlace, confidence: 0.8 };
  return undefined;
}

/** A visit to a place: 来北辛街道调研, 到甲县督导, 赴乙镇检查 (the place right after the verb of coming, a verb of visiting after it). */
const VISIT_BEFORE = /(?:来|到|赴|深入|莅临|走进)$/;
const VISIT_AFTER = /^(?:[^，,。；]{0,6}?)(?:调研|督导|视察|检查|考察|观摩|调度|督查|指导)/;
/** …and the sites it goes round, the project among them: 一行先后实地察看了A、B等项目, 先后到A、B等处. */
const ROUND = /(?:先后|依次|逐一|实地|深入|现场)(?:实地|深入|现场)?(?:到|来到|走进|察看|查看|考察|视察|走访|观摩|调研)(?:了)?[^，,。；]*$/;
/** How far back the visit may be told: the visit's own sentence and the one or two after it (the title, the lead). */
const VISIT_REACH = 3;

/**
 * The sites of a visit: a sentence that says someone came to a place to inspect (来X镇调研), followed within a couple of
 * sentences by one naming no place that goes round sites (一行先后实地察看了A、B等项目): the projects of that round are in the
 * place visited (0.7). A visit to several places, or a round sentence naming a place of its own, places nothing.
 */
export function visitedSite(
  doc: DocContext,
  s: NSentence,
  p: Candidate,
  coded: Candidate[],
  others: Candidate[],
  allPlaces: Candidate[],
): Location | undefined {
  const text = doc.norm.text;
  // 上海新苑: a place inside a project's name is no place the round names.
  const named = coded.filter((pl) => ![p, ...others].some((x) => x.nStart <= pl.nStart && pl.nEnd <= x.nEnd));
  if (named.length) return undefined;
  const clauseStart = Math.max(s.nStart, ...[...text.slice(s.nStart, p.nStart).matchAll(/[，,]/g)].map((m) => s.nStart + m.index + 1));
  if (!ROUND.test(maskedGap(text, clauseStart, p.nStart, others).replace(/§(?:项目)?(?:[、和及]|以及)/g, ''))) return undefined;
  const sentences = doc.structure.sentences;
  for (let i = s.index - 1; i >= Math.max(0, s.index - VISIT_REACH); i--) {
    const prev = sentences[i]!;
    const visited = allPlaces.filter(
      (pl) =>
        !!pl.code &&
        pl.nStart >= prev.nStart &&
        pl.nEnd <= prev.nEnd &&
        VISIT_BEFORE.test(text.slice(Math.max(prev.nStart, pl.nStart - 2), pl.nStart)) &&
        // 来甲乡、乙镇调研: a visit to several places says not which holds a site.
        !/^[、和与及]/.test(text.slice(pl.nEnd, pl.nEnd + 1)) &&
        VISIT_AFTER.test(text.slice(pl.nEnd, prev.nEnd)),
    );
    const ids = new Set(visited.map((pl) => pl.id));
    if (ids.size === 1) return { to: visited[0]!.id, confidence: 0.7 };
    if (ids.size > 1) return undefined;
  }
  return undefined;
}
