// The single offline HTML file of a story: its data, the viewer script and nothing fetched from anywhere.
import type { Story } from '@policygraph/contract/story';

/** The built offline viewer: one classic (IIFE) script with its styles inside. */
export interface OfflineBundle {
  readonly js: string;
}

/** Id of the <script type="application/json"> that carries the story in the file. */
export const STORY_SCRIPT_ID = 'policygraph-story';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Builds the HTML text of a self-contained presentation. Inlined text cannot end its <script> early: "<" in the JSON
 * becomes \u003c, and "</script" in the viewer code becomes "<\/script" (the same string to JavaScript).
 */
export function offlineHtml(story: Story, bundle: OfflineBundle): string {
  const data = JSON.stringify(story)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const js = bundle.js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  return `<!doctype html>
<html lang="${story.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="策图 PolicyGraph">
<title>${escapeHtml(story.title)}</title>
<style>html, body { margin: 0; height: 100%; overflow: hidden; background: #fff; }</style>
</head>
<body>
<script type="application/json" id="${STORY_SCRIPT_ID}">${data}</script>
<script>${js}</script>
</body>
</html>
`;
}
