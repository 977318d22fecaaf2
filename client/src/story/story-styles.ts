// Styles of the story section in the explorer's side bar, injected with it (it loads after the first view).
const CSS = `
#story-panel { display: flex; flex-direction: column; gap: 0.35rem; }
#story-panel #story-title { width: 100%; box-sizing: border-box; font-weight: bold; }
.story-actions { display: flex; flex-wrap: wrap; gap: 0.25rem; }
.story-steps { margin: 0; padding-left: 1.4rem; display: flex; flex-direction: column; gap: 0.4rem; }
.story-steps li.empty { list-style: none; margin-left: -1.4rem; }
.story-steps .step-title, .story-steps .step-caption { width: 100%; box-sizing: border-box; }
.story-steps .step-actions { display: flex; gap: 0.2rem; justify-content: flex-end; }
#embed-code { width: 100%; box-sizing: border-box; font-family: monospace; font-size: 12px; }
`;

/** Adds the story section's stylesheet once. */
export function ensureStoryStyles(): void {
  if (document.getElementById('story-styles')) return;
  const style = document.createElement('style');
  style.id = 'story-styles';
  style.textContent = CSS;
  document.head.append(style);
}
