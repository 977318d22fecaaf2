// The answer to an embed the allowlist refuses: a tiny page that says so inside the frame and tells the host page by postMessage.
import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * The host page's origin when this request is a cross-site frame load whose parent the allowlist refuses, else
 * null. Browsers mark frame loads (`Sec-Fetch-Dest: iframe|frame`) and send the parent's origin as `Referer`
 * (the default referrer policy keeps it cross-origin). Without either header the usual page goes out, and the
 * CSP `frame-ancestors` of that page is what refuses: this is an explanation in front of the rule, not the rule.
 */
export function refusedParent(req: Request, allowed: readonly string[]): string | null {
  const dest = req.get('sec-fetch-dest');
  if (dest !== 'iframe' && dest !== 'frame') return null;
  if (req.get('sec-fetch-site') === 'same-origin') return null;
  const referer = req.get('referer');
  if (!referer) return null;
  let origin: string;
  try {
    origin = new URL(referer).origin;
  } catch {
    return null;
  }
  if (origin === 'null') return null;
  return allowed.includes(origin) ? null : origin;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Sends the refusal page: no graph, no data, a short explanation in Chinese with an English switch, and a
 * `policygraph-error` message to the parent. It may be framed by anyone (it shows nothing of the graph); its one
 * inline script runs by nonce, nothing else may load.
 */
export function sendRefusal(res: Response, origin: string): void {
  const nonce = randomBytes(16).toString('base64');
  const host = escapeHtml(origin);
  const message = `This site (${origin}) may not embed PolicyGraph: its address is not in EMBED_ORIGINS.`;
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>策图 PolicyGraph：未获准嵌入</title>
<style>
  body { margin: 0; font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #1b1f27; background: #f6f7f9; }
  main { max-width: 34rem; margin: 1.5rem auto; padding: 1rem 1.2rem; background: #fff; border: 1px solid #c3c9d4; border-radius: 6px; }
  h1 { font-size: 1.1rem; margin: 0 0 0.5rem; }
  p { margin: 0.4rem 0; }
  code { background: #eef1f5; padding: 0 0.25rem; border-radius: 3px; overflow-wrap: anywhere; }
  button { font: inherit; margin-top: 0.5rem; }
  [hidden] { display: none; }
</style></head>
<body><main id="refused" data-origin="${host}">
<section lang="zh-CN">
  <h1>此网站未获准嵌入策图</h1>
  <p>嵌入页面的网站 <code>${host}</code> 不在本服务器的 <code>EMBED_ORIGINS</code> 名单中，所以这里不显示图谱。</p>
  <p>如需嵌入，请服务器管理员把该地址加入 <code>EMBED_ORIGINS</code>（多个地址以逗号分隔）。</p>
  <button type="button" data-lang="en">English</button>
</section>
<section lang="en" hidden>
  <h1>This site may not embed PolicyGraph</h1>
  <p>The page framing this view, <code>${host}</code>, is not in this server's <code>EMBED_ORIGINS</code>, so no graph is shown here.</p>
  <p>To embed it, ask the server's administrator to add that address to <code>EMBED_ORIGINS</code> (comma-separated).</p>
  <button type="button" data-lang="zh-CN">中文</button>
</section>
</main>
<script nonce="${nonce}">
  (function () {
    var sections = document.querySelectorAll('section[lang]');
    function show(lang) {
      sections.forEach(function (s) { s.hidden = s.lang !== lang; });
      document.documentElement.lang = lang;
    }
    document.querySelectorAll('button[data-lang]').forEach(function (b) {
      b.addEventListener('click', function () { show(b.getAttribute('data-lang')); });
    });
    if (/(^|[#&])lang=en(&|$)/.test(location.hash)) show('en');
    // The host learns why its frame is empty; the message holds nothing but its own origin.
    if (window.parent !== window) {
      window.parent.postMessage({ source: 'policygraph', type: 'policygraph-error', reason: 'origin-not-allowed', origin: ${JSON.stringify(origin).replace(/</g, '\\u003c')}, message: ${JSON.stringify(message).replace(/</g, '\\u003c')} }, '*');
    }
  })();
</script>
</body></html>
`;
  res
    .status(403)
    .set('Cache-Control', 'no-store')
    .set(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'`,
    )
    .vary('Referer')
    .vary('Sec-Fetch-Dest')
    .type('html')
    .send(html);
}
