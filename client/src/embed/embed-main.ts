// Entry of /embed: a permalink's view (or a sample story) without chrome, talking to the host page by postMessage.
import { Story } from '@policygraph/contract/story';
import { loadLocale, setLocale, t } from '../i18n';
import { StoryPlayer } from '../present/story-player';
import { decodeViewState } from '../state/view-state';
import { EmbedView } from './embed-view';
import { allowedParentOrigin, asHostMessage, EMBED_SOURCE, type EmbedEvent } from './protocol';

const statusLine = document.getElementById('embed-status')!;
const allowed: string[] = (() => {
  try {
    const v: unknown = JSON.parse(document.querySelector<HTMLMetaElement>('meta[name="policygraph-embed-origins"]')?.content ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
})();
const ancestor = location.ancestorOrigins?.[0] ?? (document.referrer ? new URL(document.referrer).origin : undefined);
const parentOrigin = window.parent !== window ? allowedParentOrigin(allowed, location.origin, ancestor) : undefined;

function post(message: EmbedEvent): void {
  if (parentOrigin) window.parent.postMessage({ source: EMBED_SOURCE, ...message }, parentOrigin);
}

function setState(state: 'loading' | 'ready' | 'error', text = ''): void {
  document.body.dataset.state = state;
  statusLine.textContent = text;
}

async function showStory(name: string): Promise<void> {
  const res = await fetch(`/stories/${encodeURIComponent(name)}.json`);
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  const story = Story.parse(await res.json());
  await loadLocale(story.lang);
  setLocale(story.lang);
  const player = new StoryPlayer(document.querySelector('main') ?? document.body, story, {
    theme: 'normal',
    onSelect: (id) =>
      post({
        type: 'select',
        id,
        label: String(player.cy.getElementById(id).data('label') ?? id),
        nodeType: player.cy.getElementById(id).data('type') ?? null,
      }),
  });
  const step = Number(new URLSearchParams(location.hash.slice(1)).get('step') ?? '1');
  await player.go(Number.isInteger(step) ? step - 1 : 0);
  setState('ready');
  post({ type: 'ready', nodes: player.cy.nodes().length });
}

async function showView(): Promise<void> {
  const state = decodeViewState(location.hash);
  await loadLocale(state.lang);
  setLocale(state.lang);
  document.getElementById('embed-open')!.setAttribute('href', `/${location.hash}`);
  const view = new EmbedView(document.getElementById('embed-graph')!, state);
  (window as unknown as { cy: EmbedView['cy'] }).cy = view.cy;
  await view.load();
  view.cy.on('tap', 'node, edge', (e) => {
    const ele = e.target as import('cytoscape').SingularElementArgument;
    post({ type: 'select', id: ele.id(), label: String(ele.data('label') ?? ele.data('type') ?? ele.id()), nodeType: ele.data('type') ?? null });
  });
  window.addEventListener('message', (event) => {
    // Only the framing page, and only when its origin is allowed.
    if (event.source !== window.parent || event.origin !== parentOrigin) return;
    const msg = asHostMessage(event.data);
    if (!msg) return;
    if (msg.type === 'fit') {
      view.cy.fit(view.cy.elements().not('.filtered'), 30);
      return;
    }
    view.focus(msg.id).then(
      (found) => {
        if (!found) post({ type: 'error', message: `unknown entity: ${msg.id}` });
        else {
          const n = view.cy.getElementById(msg.id);
          post({ type: 'select', id: msg.id, label: String(n.data('label')), nodeType: n.data('type') ?? null });
        }
      },
      (err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
  });
  setState('ready', view.cy.nodes().length === 0 ? t('app.empty') : '');
  post({ type: 'ready', nodes: view.cy.nodes().not('.filtered').length });
}

const story = new URLSearchParams(location.search).get('story');
setState('loading', t('app.loading'));
(story ? showStory(story) : showView()).catch((err: unknown) => {
  const detail = err instanceof Error ? err.message : String(err);
  setState('error', t('app.error', { detail }));
  post({ type: 'error', message: detail });
});
