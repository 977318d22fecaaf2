// Styles of the story player, injected once as a <style> element so the explorer, the embed page and the offline file share them.
const CSS = `
.pg-overlay { position: fixed; inset: 0; z-index: 1000; background: #fff; }
.pg-player { position: absolute; inset: 0; display: grid; grid-template-rows: auto 1fr auto; background: #ffffff; color: #000000;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; overflow: hidden; }
.pg-canvas { position: absolute; inset: 0; }
.pg-head, .pg-foot { position: relative; z-index: 2; pointer-events: none; }
.pg-head > *, .pg-foot > * { pointer-events: auto; }
.pg-head { grid-row: 1; display: flex; align-items: center; gap: 1rem; padding: 0.6rem 1rem; background: rgba(255,255,255,0.92); border-bottom: 2px solid #000; }
.pg-title { flex: 1; margin: 0; font-size: 1.4rem; }
.pg-nav { display: flex; align-items: center; gap: 0.6rem; }
.pg-nav button { font: inherit; font-size: 1.6rem; line-height: 1; width: 2.4rem; height: 2.4rem; border: 2px solid #000; background: #fff; border-radius: 6px; cursor: pointer; }
.pg-counter { font-variant-numeric: tabular-nums; font-weight: bold; min-width: 4.5em; text-align: center; }
.pg-foot { grid-row: 3; padding: 0.6rem 1rem; background: rgba(255,255,255,0.94); border-top: 2px solid #000; }
.pg-foot:has(.pg-caption[hidden]):has(.pg-evidence[hidden]) { display: none; }
.pg-caption { margin: 0; font-size: 1.1rem; }
.pg-evidence { margin: 0.5rem 0 0; padding: 0.4rem 0.8rem; border-left: 6px solid #e03131; background: #fff5f5; }
.pg-sentence { margin: 0; font-size: 1.3rem; line-height: 1.5; }
.pg-source { display: block; margin-top: 0.3rem; font-size: 0.9rem; color: #343a40; font-style: normal; }
.pg-detail { position: absolute; z-index: 3; right: 1rem; top: 5rem; width: min(34rem, 45vw); max-height: 60vh; overflow: auto; background: #fff;
  border: 2px solid #000; border-radius: 8px; padding: 0.8rem 1rem; box-shadow: 0 6px 24px rgba(0,0,0,0.25); }
.pg-detail h2 { margin: 0 2rem 0.3rem 0; font-size: 1.2rem; }
.pg-detail ol { padding-left: 1.4rem; margin: 0.4rem 0; }
.pg-detail li { margin-bottom: 0.6rem; }
.pg-detail cite { display: block; font-style: normal; color: #495057; font-size: max(12px, 0.85em); }
.pg-close { position: absolute; right: 0.5rem; top: 0.4rem; font-size: 1.4rem; border: 0; background: none; cursor: pointer; }
.pg-head { flex-wrap: wrap; }
.pg-title { min-width: 0; overflow-wrap: anywhere; }
.pg-player[data-theme="projector"] .pg-title { font-size: clamp(22px, 4.2vmin, 40px); }
.pg-player[data-theme="projector"] .pg-counter { font-size: clamp(18px, 3.4vmin, 32px); }
.pg-player[data-theme="projector"] .pg-nav button { font-size: clamp(22px, 3.8vmin, 36px); width: clamp(40px, 6vmin, 56px); height: clamp(40px, 6vmin, 56px); }
.pg-player[data-theme="projector"] .pg-caption { font-size: clamp(18px, 3.4vmin, 32px); line-height: 1.4; }
.pg-player[data-theme="projector"] .pg-sentence { font-size: clamp(18px, 3.6vmin, 34px); line-height: 1.45; }
.pg-player[data-theme="projector"] .pg-source { font-size: clamp(14px, 2.6vmin, 24px); }
.pg-foot { max-height: 45vh; overflow: auto; }
.pg-player[data-theme="projector"] .pg-detail { font-size: 26px; }
.pg-player[data-theme="projector"] .pg-detail h2 { font-size: 32px; }
`;

/** Adds the player's stylesheet to the document once. */
export function ensurePlayerStyles(doc: Document = document): void {
  if (doc.getElementById('pg-player-styles')) return;
  const style = doc.createElement('style');
  style.id = 'pg-player-styles';
  style.textContent = CSS;
  doc.head.append(style);
}
