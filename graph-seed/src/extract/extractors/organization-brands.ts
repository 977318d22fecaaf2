// Whether a few letters may be a firm's brand, asked without a dictionary: only where other evidence already says a
// firm is there (the firm's full name elsewhere in the text, a place right after the letters inside a project's name).
// A dictionary's cut (jieba) was measured to add no firm on a second real set while costing ~140 MiB, so the question
// is reduced to what ordinary phrases start with and the letters that only join words.

/** Modifiers that start ordinary phrases, not brands (现代农业, 绿色能源, 新型材料, 冷链物流). */
export const GENERIC_START =
  /^(?:现代|绿色|新型|智慧|高端|生态|特色|数字|清洁|新|传统|优势|主导|战略性|新兴|先进|高新|精细|循环|低碳|节能|特种|优质|健康|农副|中小|龙头|大型|规上|外资|民营|国有|本地|当地|社会|各类|一批|多家|冷链)/;
/** Letters that open ordinary phrases (大…, 县…, 各…, 年…, 第…) rather than a brand. */
const PHRASE_START = /^[大小老总全各本该县市区镇乡村省年月日第每某其此这那]/;

/** Letters that join or qualify words (的, 和, 等, 全部, 加快): a span holding one is a phrase, not a name. */
const PHRASE_LETTER = /[的和与及等为在是了对把将从向以于之个]|全部|加快|推进|建设|实施|落地|开工|投产|完成/;

/** True when S (2–4 Han letters) may be a brand: it starts no ordinary phrase and holds no joining letters. */
export function mayBeBrand(s: string): boolean {
  return /^[\u4e00-\u9fff]{2,4}$/.test(s) && !GENERIC_START.test(s) && !PHRASE_START.test(s) && !PHRASE_LETTER.test(s);
}
