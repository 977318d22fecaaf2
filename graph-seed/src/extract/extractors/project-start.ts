// Where a project's name starts inside a list item or a run of letters before its ending: after the clause's own
// words (a conjunction, a subject place with its modal, a state and a verb of starting work), which list items and
// suffix runs carry along because nothing but a comma or 、 ends them.
import { LEADING } from '../text-utils';

/** A conjunction opening a clause (而X产业园内…, 但X…): it joins the clause to the last one and is no letter of a name. */
const CONJUNCTION = /^(?:而且|而是|而|并且|但是|但|且|这其中|这当中)(?=[\u4e00-\u9fff“]{4})/;

/**
 * A verb of starting or finishing work, after a state or time that says when (已开复工X, 预计6月份开复工X, 下半年还将开工
 * 建设X, 正在加快建设X): the thing started is named after it. 开复工/复工 need no state: they are never a letter of a name.
 */
const WORK_VERB =
  /(?:(?:已经|已|正在|正|还将|将|即将|预计|计划|拟|力争|争取)[\u4e00-\u9fff\d]{0,6}?(?:开复工|复工|开工建设|新开工|开工|动工|建成|投产|竣工|启动建设|启动|建设)|开复工|复工复产|复工)(?:了|的)?/g;

/** A figure and 的 before the name (建筑面积2.5万平方米的X, 占地41亩的X): how big it is, not what it is called. */
const FIGURE_OF =
  /^[\u4e00-\u9fff]{0,6}?(?:约|近|超|达|逾)?[\d.]+(?:万|亿|千)?(?:平方米|亩|公顷|公里|千米|千瓦|兆瓦|吨|元|美元)(?:以上|左右)?的(?=[\u4e00-\u9fff“]{3})/;

/** A modal after the subject (X区将…, X镇要以…, X县已…): the subject and its modal are the clause, not the name. */
const SUBJECT_MODAL = /^([\u4e00-\u9fff]{2,8}?)(?:还将|将(?!军)|要|已经|已|正在|拟)/;

/** A firm as the clause's subject with its modal and verb (X公司还将参与Y县的…): the name starts after the place's 的. */
const FIRM_ACTS =
  /^[\u4e00-\u9fff]{2,16}?(?:公司|集团)(?:还将|将|已|正在|拟|还)?(?:参与|参建|承建|投资|建设|开发)(?:[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|镇|乡|村)的)?/;

/** A subject then 以 (X镇以服务园区为中心): 以 opens the means of the clause; what follows is no name of the subject's. */
const SUBJECT_MEANS = /^([\u4e00-\u9fff]{2,8}?)以(?![色列])/;

/**
 * How many letters at the left of NAME belong to the clause rather than to the project's name. ISPLACE says whether a
 * run of letters names a place (the subject of the clause).
 */
export function projectLead(name: string, isPlace: (s: string) => boolean): number {
  let cut = 0;
  const rest = () => name.slice(cut);
  const subject = (s: string) => isPlace(s) || /^[\u4e00-\u9fff]{1,5}(?:[县市区镇乡旗]|街道)$/.test(s);
  const conj = CONJUNCTION.exec(rest());
  if (conj) cut += conj[0].length;
  const figure = FIGURE_OF.exec(rest());
  if (figure) cut += figure[0].length;
  // The last verb of starting work in the run marks where the name starts (at least three letters must remain).
  let verbEnd = -1;
  for (const m of rest().matchAll(WORK_VERB)) if (rest().length - (m.index + m[0].length) >= 3) verbEnd = m.index + m[0].length;
  if (verbEnd > 0) cut += verbEnd;
  else {
    const modal = SUBJECT_MODAL.exec(rest()) ?? SUBJECT_MEANS.exec(rest());
    if (modal && subject(modal[1]!) && rest().length - modal[0].length >= 2) cut += modal[0].length;
    else {
      // X集团公司还将参与Y县的Z: a firm as the subject, its modal and verb, and the place Z is in.
      const firm = FIRM_ACTS.exec(rest());
      if (firm && rest().length - firm[0].length >= 2) cut += firm[0].length;
    }
  }
  // What is left may open with the clause's verb (正在加快建设恒丰建材 cut after 加快, 打造成为涵盖铁路物流基地 after
  // 成为): it goes too. One-letter verbs (到, 向, 以) stay: they may be a place's first letter (向阳镇).
  const lead = LEADING.exec(rest());
  if (lead && lead[0].length >= 2 && rest().length - lead[0].length >= 2 && !startsWithPlace(rest(), isPlace)) cut += lead[0].length;
  return cut;
}

function startsWithPlace(s: string, isPlace: (s: string) => boolean): boolean {
  for (let k = 2; k <= 5 && k <= s.length; k++) if (isPlace(s.slice(0, k))) return true;
  return false;
}
