// Styles of 添加文档, 修订记录 and the correction forms: modal dialogs readable at 1366×768, marks in the legend's type colours; injected with them (they load after the first view).
const CSS = `
.write-dialog { width: min(1100px, 94vw); max-height: 90vh; border: 1px solid #c3c9d4; border-radius: 8px; padding: 0 1.2rem 1rem; color: #1d2433; box-shadow: 0 8px 30px rgb(0 0 0 / 0.25); }
.write-dialog.small { width: min(520px, 94vw); }
.write-dialog.medium { width: min(820px, 94vw); }
.write-dialog select { padding: 0.3rem; border: 1px solid #a8b0bf; border-radius: 4px; }
.write-dialog .field > .label { font-weight: bold; font-size: 0.9rem; }
.relation-sentences { list-style: none; padding: 0; margin: 0.2rem 0; max-height: 15rem; overflow: auto; border: 1px solid #e3e6ec; border-radius: 4px; }
.relation-sentences li { display: flex; gap: 0.5rem; align-items: flex-start; padding: 0.35rem 0.5rem; border-bottom: 1px solid #eef0f3; }
.relation-sentences li:has(input:checked) { background: #e7f5ff; }
.relation-sentences label { cursor: pointer; line-height: 1.6; font-size: 0.9rem; }
.relation-sentences q { display: block; quotes: none; }
.relation-sentences mark { background: #fff3bf; color: inherit; border-bottom: 2px solid #e67700; }
.relation-sentences mark[data-end="b"] { background: #d3f9d8; border-bottom-color: #2b8a3e; }
.relation-sentences .where { display: block; color: #4d5566; font-size: 12px; }
.judge-relations { list-style: none; padding: 0; margin: 0.2rem 0; max-height: 14rem; overflow: auto; }
.judge-relations li { display: flex; gap: 0.5rem; align-items: center; padding: 0.25rem 0; border-bottom: 1px solid #eef0f3; }
.judge-dropped { margin: 0.3rem 0; padding-left: 1.2rem; color: #8a4b00; font-size: 0.88rem; }
.write-dialog::backdrop { background: rgb(20 24 33 / 0.45); }
.write-dialog > header { display: flex; justify-content: space-between; align-items: center; position: sticky; top: 0; background: #fff; z-index: 1; border-bottom: 1px solid #e3e6ec; }
.write-dialog h2 { font-size: 1.15rem; margin: 0.8rem 0; }
.write-dialog .close { padding: 0.25rem 0.8rem; }
.write-dialog .field { display: flex; flex-direction: column; gap: 0.2rem; margin: 0.5rem 0; }
.write-dialog .field label, .place-picker > label { font-weight: bold; font-size: 0.9rem; }
.write-dialog input[type="text"], .write-dialog input[type="search"], .write-dialog input[type="password"] { width: 100%; padding: 0.35rem 0.5rem; border: 1px solid #a8b0bf; border-radius: 4px; }
.write-dialog .hint { color: #4d5566; font-size: 12px; margin: 0.3rem 0; }
.write-actions { display: flex; gap: 0.6rem; margin-top: 0.8rem; }
.write-actions button { padding: 0.35rem 1rem; border-radius: 4px; border: 1px solid #a8b0bf; background: #fff; cursor: pointer; }
.write-actions button.primary { background: #1864ab; border-color: #1864ab; color: #fff; }
.write-actions button.primary.danger { background: #b02a2a; border-color: #b02a2a; }
.write-actions button:disabled { opacity: 0.55; cursor: default; }
.write-status { min-height: 1.2em; color: #a61e1e; }
.write-status:empty { display: none; }
.upload-drop { border: 2px dashed #8a93a6; border-radius: 8px; padding: 1rem; text-align: center; margin: 0.8rem 0; }
.upload-drop p { margin: 0.3rem 0; }
.upload-drop.over { background: #e7f5ff; border-color: #1864ab; }
.upload-drop button { padding: 0.3rem 0.9rem; }
.upload-cards { list-style: none; padding: 0; margin: 0; }
.upload-card { border: 1px solid #d5dae3; border-radius: 6px; margin: 0.6rem 0; padding: 0.5rem 0.9rem; }
.upload-card > h3 { font-size: 1rem; margin: 0.2rem 0; word-break: break-all; }
.upload-status { margin: 0.2rem 0; }
.upload-card[data-state="error"] .upload-status { color: #a61e1e; font-weight: bold; }
.upload-card[data-state="loaded"] .upload-status { color: #1b6e34; font-weight: bold; }
.upload-body { display: grid; grid-template-columns: 17rem minmax(0, 1fr); gap: 0.5rem 1.2rem; margin-top: 0.4rem; }
.upload-result h4 { font-size: 0.95rem; margin: 0.5rem 0 0.3rem; }
.upload-result section:first-child h4 { margin-top: 0; }
.upload-mentions { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.6rem; margin: 0; }
.upload-mentions dt { font-weight: bold; padding-top: 0.15rem; }
.upload-mentions dd { margin: 0; }
.upload-mentions .chips { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; padding: 0; margin: 0; }
.upload-mentions .chips li { border: 1px solid; border-radius: 10px; padding: 0 0.5rem; font-size: 12px; }
.upload-relations { margin: 0; padding-left: 1.4rem; max-height: 12rem; overflow: auto; font-size: 0.88rem; }
.upload-relations li { margin-bottom: 0.35rem; }
.upload-relations q { display: block; color: #3d4454; }
.upload-text { max-height: 14rem; overflow: auto; white-space: pre-wrap; line-height: 1.7; border: 1px solid #e3e6ec; border-radius: 4px; padding: 0.4rem 0.6rem; font-size: 0.9rem; }
.upload-text mark { border-bottom: 2px solid; border-radius: 2px; color: inherit; padding: 0 1px; }
.place-picker { margin: 0.5rem 0; }
.place-picker.unsure .place-hint { color: #8a4b00; font-weight: bold; }
.place-chosen { display: block; margin: 0.2rem 0; }
.place-matches, .merge-hits { list-style: none; padding: 0; margin: 0.2rem 0; max-height: 10rem; overflow: auto; }
.place-matches button, .merge-hits button { display: block; width: 100%; text-align: left; border: 0; border-bottom: 1px solid #eef0f3; background: #fff; padding: 0.3rem 0.4rem; cursor: pointer; }
.place-matches button:hover, .place-matches button:focus, .merge-hits button:hover, .merge-hits button:focus { background: #e7f5ff; }
.merge-hits button[aria-pressed="true"] { background: #d0ebff; font-weight: bold; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.history-list { list-style: none; padding: 0; margin: 0; }
.history-list li { display: grid; grid-template-columns: 1fr auto; gap: 0.1rem 1rem; border-bottom: 1px solid #e3e6ec; padding: 0.5rem 0; }
.history-list .what { font-size: 0.95rem; }
.history-list .note { color: #4d5566; margin-left: 0.5rem; }
.history-list .who { grid-column: 1; color: #4d5566; font-size: 12px; }
.history-list li > button, .history-list .undone { grid-column: 2; grid-row: 1 / span 2; align-self: center; }
.history-list li > button { padding: 0.25rem 0.8rem; }
.history-list li[data-undone] .what { text-decoration: line-through; color: #6b7385; }
.history-list .undone { color: #6b7385; font-size: 12px; }
.history-list .not-applied { grid-column: 1; color: #8a4b00; font-size: 12px; }
`;

/** Adds the write side's stylesheet once. */
export function ensureWriteStyles(): void {
  if (document.getElementById('write-styles')) return;
  const style = document.createElement('style');
  style.id = 'write-styles';
  style.textContent = CSS;
  document.head.append(style);
}
