// The current locale and the lookup of its strings; zh-CN unless the view says otherwise.
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

let current: Locale = 'zh-CN';

/** Switches the locale used by t() and the page's lang attribute. */
export function setLocale(locale: Locale): void {
  current = locale;
  document.documentElement.lang = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Looks up a string and fills its {placeholders}. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = LOCALES[current][key] ?? zhCN[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export type { MessageKey };
