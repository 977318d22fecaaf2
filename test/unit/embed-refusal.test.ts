// Which frame loads of /embed get the refusal page: cross-site frames whose parent is not on the allowlist, nothing else.
import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { refusedParent } from '../../server/src/routes/embed-refusal';

const req = (headers: Record<string, string>) => ({ get: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;
const ALLOWED = ['https://allowed.example'];
const frame = (referer?: string, site = 'cross-site') => req({ 'sec-fetch-dest': 'iframe', 'sec-fetch-site': site, ...(referer ? { referer } : {}) });

describe('refused embeds', () => {
  it('names the parent origin of a cross-site frame load the allowlist does not hold', () => {
    expect(refusedParent(frame('https://other.example/page.html?x=1'), ALLOWED)).toBe('https://other.example');
    expect(refusedParent(frame('https://other.example/', 'same-site'), ALLOWED)).toBe('https://other.example');
  });

  it('lets listed parents, our own pages and top-level visits have the usual page', () => {
    expect(refusedParent(frame('https://allowed.example/a/b'), ALLOWED)).toBeNull();
    expect(refusedParent(frame('http://127.0.0.1:3000/', 'same-origin'), ALLOWED)).toBeNull();
    expect(refusedParent(req({ 'sec-fetch-dest': 'document', referer: 'https://other.example/' }), ALLOWED)).toBeNull();
  });

  it('leaves the decision to frame-ancestors when the browser does not say who frames it', () => {
    expect(refusedParent(frame(undefined), ALLOWED)).toBeNull();
    expect(refusedParent(req({ referer: 'https://other.example/' }), ALLOWED)).toBeNull();
    expect(refusedParent(frame('not a url'), ALLOWED)).toBeNull();
  });
});
