// The curation service the routes use: the Neo4j store, plus intake's document reload, so a document's correction is re-extracted and an undo reloads what it touched.
import { type Curation, documentCorrections } from '@policygraph/contract/curation';
import { PolicyGraphError } from '@policygraph/contract/problems';
import type { Neo4jCurationStore } from './db/curation-store';
import type { DocumentIntake, ReloadResult } from './intake/ports';
import type { CurationService } from './routes/curations';

const failure = (res: ReloadResult) => res.failed.map((f) => `${f.documentId}: ${f.reason}`).join('; ');

/**
 * Joins the store and intake. A document's correction (title, date, place) is not a patch of its ABOUT link:
 * the document is extracted again as corrected (what 我县 means, its townships, LOCATED_IN through its
 * county), its derived relations replaced in one transaction, and only then is the curation recorded and every
 * active curation re-applied; if the re-extraction fails nothing is recorded and the graph keeps the document
 * as it was. An undo reloads the documents the curation touched, then re-applies the rest.
 */
export function curationService(store: Neo4jCurationStore, intake: Pick<DocumentIntake, 'reload' | 'gazetteer'>): CurationService {
  const inGazetteer = (code: string) => intake.gazetteer(code, 50).places.some((p) => p.code === code);
  const reapply = async () => {
    const notApplied = await store.applyAll();
    return { graphVersion: await store.bump(), notApplied };
  };
  return {
    list: () => store.list(),
    graphVersion: () => store.graphVersion(),
    redirectOf: (id) => store.redirectOf(id),
    exclusive: (work) => store.exclusive(work),
    async add(request, who) {
      if (request.action !== 'correct-document') return store.add(request, who);
      const curation = (await store.prepare(request, who, inGazetteer)) as Curation & { action: 'correct-document' };
      const corrections = documentCorrections([...(await store.list()), curation]);
      const reloaded = await intake.reload([curation.documentId], corrections);
      if (reloaded.failed.length > 0)
        throw new PolicyGraphError('load-failed', `${failure(reloaded)}; the document could not be read again with the correction, nothing was changed`);
      try {
        // A document no corpus folder lists (added with `seed --add` from elsewhere) keeps its extraction: only its fields and ABOUT move.
        return { curation, ...(await store.commit(curation)) };
      } catch (err) {
        // Not recorded (the transaction rolled back): the document is read again as it was before, curations re-applied.
        if (reloaded.loaded.length > 0) await intake.reload([curation.documentId]).then(reapply, () => undefined);
        throw err;
      }
    },
    async undo(id, who) {
      const { curation, previous, documents } = await store.undo(id, who);
      const reloaded = await intake.reload(documents);
      if (reloaded.failed.length > 0) {
        // The documents could not be read again: the curation stays in force, and the graph as it was.
        await store.restore(previous);
        await reapply();
        throw new PolicyGraphError('load-failed', `${failure(reloaded)}; the curation was not undone`);
      }
      return { curation, ...(await reapply()) };
    },
  };
}
