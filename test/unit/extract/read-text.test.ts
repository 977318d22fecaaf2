// Reading a document file: UTF-8 or GB18030/GBK detected and decoded; empty and binary files refused in one line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../../../graph-seed/src/corpus/read-text';

// Source: graph-seed/corpus/001_4b96525c5c6cf7dc.txt (平桥区), first sentence of section 一.
const EXCERPT = '2022年是党和国家历史上极为重要的一年，也是平桥发展历程中极不平凡的一年。';

function file(name: string, bytes: Uint8Array | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-read-'));
  const f = path.join(dir, name);
  fs.writeFileSync(f, bytes);
  return f;
}

describe('reading document files', () => {
  it('should read UTF-8 (with or without a byte-order mark)', () => {
    expect(readDocumentText(file('a.txt', EXCERPT))).toEqual({ text: EXCERPT, encoding: 'utf-8' });
    expect(readDocumentText(file('b.txt', `\uFEFF${EXCERPT}`)).text).toBe(EXCERPT);
  });

  it('should detect and decode GB18030/GBK', () => {
    const r = readDocumentText(file('gbk.txt', iconv.encode(EXCERPT, 'gbk')));
    expect(r).toEqual({ text: EXCERPT, encoding: 'gb18030' });
  });

  it('should refuse an empty file with a one-line reason', () => {
    expect(() => readDocumentText(file('empty.txt', ''))).toThrow(/^.*empty\.txt: the file is empty$/);
    expect(() => readDocumentText(file('blank.txt', ' \n\t\n'))).toThrow(/empty/);
  });

  it('should refuse a binary file with a one-line reason', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => readDocumentText(file('x.png', png))).toThrow(/not a text file/);
  });

  it('should say when the file does not exist', () => {
    expect(() => readDocumentText('/nonexistent/file.txt')).toThrow(/no such file/);
  });
});
