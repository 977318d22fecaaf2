// Every explorer string exists in every locale, and placeholders match, so no screen shows a raw key.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en';
import { zhCN } from '../../client/src/i18n/zh-CN';
import { judgeEn } from '../../client/src/i18n/judge-en';
import { judgeZhCN } from '../../client/src/i18n/judge-zh-CN';
import { PROJECT_ROOT } from '../../server/src/config';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('explorer locales', () => {
  it('has the same keys in English as in Simplified Chinese, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, value] of Object.entries(en)) expect(value, key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('has the judgements (the lazy write side) in both languages with the same keys and placeholders', () => {
    expect(Object.keys(judgeEn).sort()).toEqual(Object.keys(judgeZhCN).sort());
    for (const key of Object.keys(judgeZhCN) as (keyof typeof judgeZhCN)[]) {
      expect(judgeEn[key], key).not.toBe('');
      expect(placeholders(judgeEn[key]), key).toEqual(placeholders(judgeZhCN[key]));
    }
  });

  it('defines every key the page and the code ask for', () => {
    const dir = path.join(PROJECT_ROOT, 'client');
    const files = [
      path.join(dir, 'index.html'),
      ...fs.readdirSync(path.join(dir, 'src'), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, 'src', f)),
    ];
    const used = new Set<string>();
    for (const file of files.filter((f) => /\.(ts|html)$/.test(f) && !f.includes('i18n'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/data-i18n(?:-placeholder|-label)?="([\w.]+)"/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bt\('([\w.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((k) => !(k in zhCN));
    expect(missing).toEqual([]);
  });
});
