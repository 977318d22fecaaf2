// Entry of the explorer: builds it from the URL and exposes it for tests and benchmarks.
import { Explorer } from './app';
import { loadLocale } from './i18n';
import { decodeViewState } from './state/view-state';
import { closeOnEscape, foldingPanel } from './ui/disclosure';
import { whenShown } from './ui/when-shown';

// English strings are their own chunk: a Chinese first view never fetches them.
void loadLocale(decodeViewState(location.hash).lang).then(() => {
  const explorer = new Explorer(location.hash);
  (window as unknown as { explorer: Explorer; cy: Explorer['cy'] }).explorer = explorer;
  (window as unknown as { cy: Explorer['cy'] }).cy = explorer.cy;
  const firstView = explorer.start();
  for (const menu of document.querySelectorAll<HTMLDetailsElement>('details.menu')) closeOnEscape(menu);
  foldingPanel(document.getElementById('tools-toggle'), '(max-width: 56rem)');
  // The canvas is one tab stop; its keys (and the node menu they open) load on the first focus.
  const graph = document.getElementById('graph');
  if (graph) {
    graph.tabIndex = 0;
    graph.addEventListener('focus', () => void import('./ui/graph-keys').then((m) => m.wireGraphKeys(explorer, graph)), { once: true });
  }
  // Stories, presentation and embed code sit below the fold of the tool panel: their code loads when the section is
  // scrolled (or tabbed) to, so a first view that never shows them does not pay for them.
  const stories = document.getElementById('story-panel');
  if (stories) {
    const section = stories.closest('section') ?? stories;
    let mounted = false;
    let mounting: Promise<void> | undefined;
    const mountStories = () =>
      (mounting ??= import('./story/story-panel').then((m) => {
        m.mountStoryPanel(explorer);
        mounted = true;
      }));
    whenShown(section, () => void mountStories(), stories.closest('aside') ?? section);
    // A story made elsewhere before the section was ever shown (生成传播故事 in a timeline) would reach no listener and
    // be lost: hold it, mount the panel, then hand the story on to the panel's own listener.
    window.addEventListener('policygraph:load-story', (e) => {
      if (mounted) return;
      e.stopImmediatePropagation();
      const detail = (e as CustomEvent).detail;
      void mountStories().then(() => window.dispatchEvent(new CustomEvent('policygraph:load-story', { detail })));
    });
  }
  // The write side (添加文档, 修订记录, corrections in the node menu) loads once the first view is drawn, when the
  // browser is idle: most visitors only read, and its 6 KB then never delay the graph (its buttons stay disabled
  // until it is there).
  const idle = () =>
    new Promise<void>((done) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => done(), { timeout: 2000 }) : setTimeout(done, 200)));
  // A node menu opened before it is mounted waits for it rather than opening without the corrections.
  explorer.ctl.arriving(
    firstView
      .catch(() => undefined)
      .then(idle)
      .then(() => import('./upload/mount'))
      .then((m) => m.mountWriting(explorer)),
  );
});
