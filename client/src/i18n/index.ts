// The current locale and the lookup of its strings; zh-CN unless the view says otherwise. English loads only when asked for.
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
type Messages = Record<MessageKey, string>;

/** Loaded locales: Chinese is in the first bundle, English is fetched by loadLocale() (the first view does not need it). */
const LOCALES: Partial<Record<Locale, Messages>> = { 'zh-CN': zhCN };

let current: Locale = 'zh-CN';

/** Fetches a locale's strings; call before setLocale(locale) so t() finds them (until then it answers in Chinese). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' && !LOCALES.en) LOCALES.en = (await import('./en')).en;
}

/** Switches the locale used by t() and the page's lang attribute. */
export function setLocale(locale: Locale): void {
  current = locale;
  document.documentElement.lang = locale;
}

export function getLocale(): Locale {
  return current;
}

/** The explorer's language as Accept-Language, not the browser's: the server words its problems (title and detail) in it, on reads and writes. */
export function acceptLanguage(): string {
  return current === 'en' ? 'en' : 'zh-CN, zh;q=0.9';
}

/** Whether `key` names a message (every locale has the same keys as Chinese): for keys built from server codes. */
export function hasMessage(key: string): key is MessageKey {
  return key in zhCN;
}

/** Looks up a string and fills its {placeholders}. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = LOCALES[current]?.[key] ?? zhCN[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export type { MessageKey };

/** Names joined as the locale lists them ('、' in Chinese, ', ' in English); the names themselves stay as they are. */
export function listOf(items: readonly string[]): string {
  return items.join(t('punct.list'));
}
