// The judgements' strings in the explorer's current locale: both languages ride in the lazy write chunk (a few KB), so switching needs no fetch.
import { getLocale } from './index';
import { judgeEn } from './judge-en';
import { type JudgeKey, judgeZhCN } from './judge-zh-CN';

/** Looks up a judgement string and fills its {placeholders}, as t() does for the explorer's own. */
export function tj(key: JudgeKey, vars: Record<string, string | number> = {}): string {
  const template: string = getLocale() === 'en' ? judgeEn[key] : judgeZhCN[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
