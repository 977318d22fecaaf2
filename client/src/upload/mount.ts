// Wires the write side into the explorer after its first view: 添加文档, 修订记录 and the node menu's corrections.
import type { Explorer } from '../app';
import { byId } from '../ui/dom';
import { CurationFeature } from './curation-menu';
import { mountHistoryPanel } from './history-panel';
import { mountUploadDialog } from './upload-dialog';
import { ensureWriteStyles } from './write-styles';

/** Every write reloads the view afterwards, so the explorer shows the graph version it just made. */
export function mountWriting(explorer: Explorer): void {
  ensureWriteStyles();
  const reload = () => explorer.start();
  // A loaded document is shown at once: the view reloads, then the document comes in with what it mentions.
  mountUploadDialog(byId<HTMLButtonElement>('upload-open'), (documentId) => {
    void reload().then(() => explorer.neighbourhood.focus({ id: documentId }));
  });
  mountHistoryPanel(byId<HTMLButtonElement>('history-open'), () => void reload());
  explorer.ctl.use(new CurationFeature({ reload, note: (text) => explorer.ctl.note(text) }));
}
