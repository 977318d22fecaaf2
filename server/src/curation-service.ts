// The curation service the routes use: the Neo4j store, plus intake's document reload for undo.
import type { Neo4jCurationStore } from './db/curation-store';
import type { DocumentIntake } from './intake/ports';
import type { CurationService } from './routes/curations';

/** Joins the store and intake: an undo reloads the documents the curation touched, then everything still active is re-applied. */
export function curationService(store: Neo4jCurationStore, intake: Pick<DocumentIntake, 'rebuild'>): CurationService {
  return {
    list: () => store.list(),
    graphVersion: () => store.graphVersion(),
    redirectOf: (id) => store.redirectOf(id),
    exclusive: (work) => store.exclusive(work),
    add: (request, who) => store.add(request, who),
    undo: (id, who) => store.undo(id, who),
    rebuild: (ids) => intake.rebuild(ids),
  };
}
