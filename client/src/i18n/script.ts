// Which Chinese script a text is in, so Chinese runs carry lang="zh-Hans" or "zh-Hant" (screen-reader voice, font choice).

/** Common characters that exist in one script only, paired (Simplified, Traditional): enough for a name or a sentence. */
const PAIRS =
  '这這国國发發为為个個区區县縣会會来來时時说說们們对對动動产產经經业業发發开開关關门門长長现現进進实實点點' +
  '体體学學农農设設务務机機电電东東车車书書级級乡鄉镇鎮项項计計划劃领領导導资資质質财財规規总總调調应應态態' +
  '价價条條变變与與让讓网網数數据據广廣营營协協议議论論报報传傳统統检檢环環节節办辦处處历歷术術';

const SIMPLIFIED = new Set<string>();
const TRADITIONAL = new Set<string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const [s, t] = [PAIRS[i]!, PAIRS[i + 1]!];
  if (s !== t) {
    SIMPLIFIED.add(s);
    TRADITIONAL.add(t);
  }
}

const HAN = /\p{Script=Han}/u;

/** The BCP 47 tag of a text's Chinese, or undefined when it has no Chinese; Simplified unless Traditional-only characters outnumber Simplified-only ones. */
export function chineseLang(text: string): 'zh-Hans' | 'zh-Hant' | undefined {
  if (!HAN.test(text)) return undefined;
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLIFIED.has(ch)) simplified++;
    else if (TRADITIONAL.has(ch)) traditional++;
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

/**
 * Sets lang on an element showing a name or sentence from the documents when its script is not the page's own:
 * Chinese in the English UI, or Traditional in the Chinese one. Leaves it alone otherwise (it inherits the page's).
 */
export function markChinese(el: HTMLElement, text = el.textContent ?? ''): HTMLElement {
  const lang = chineseLang(text);
  const page = document.documentElement.lang;
  if (lang && !(lang === 'zh-Hans' && page.startsWith('zh') && page !== 'zh-Hant')) el.lang = lang;
  return el;
}
