// Entry of the explorer: builds it from the URL and exposes it for tests and benchmarks.
import { Explorer } from './app';

const explorer = new Explorer(location.hash);
(window as unknown as { explorer: Explorer; cy: Explorer['cy'] }).explorer = explorer;
(window as unknown as { cy: Explorer['cy'] }).cy = explorer.cy;
void explorer.start();
// Stories, presentation and embed code load after the first view, so they cost the first paint nothing.
void import('./story/story-panel').then((m) => m.mountStoryPanel(explorer));
// The write side (添加文档, 修订记录, corrections in the node menu) likewise: most visitors only read.
void import('./upload/mount').then((m) => m.mountWriting(explorer));
