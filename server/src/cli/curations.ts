// `npm run curations -- export FILE | import FILE`: the analysts' corrections as JSON (checked by the contract's schema), and back.
import { runCli } from './exit';
import fs from 'node:fs';
import path from 'node:path';
import { CurationFile } from '@policygraph/contract/curation';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/driver';
import { Neo4jCurationStore } from '../db/curation-store';
import { Neo4jGraphWriter } from '../db/neo4j-writer';
import { readCorpusEntries } from '@policygraph/graph-seed/load/corpus-entries';
import { loadDocuments } from '@policygraph/graph-seed/load/load-corpus';

const USAGE = `Usage:
  npm run curations -- export FILE   write every curation (修订记录) to FILE as JSON
  npm run curations -- import FILE   add the curations of FILE not held yet, then re-apply all`;

async function main(): Promise<number> {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'export' && command !== 'import') || !file) {
    console.error(USAGE);
    return 2;
  }
  let parsed: CurationFile | undefined;
  if (command === 'import') {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      console.error(`✗ ${file}: cannot be read as JSON (${(err as Error).message})`);
      return 1;
    }
    const result = CurationFile.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      console.error(`✗ ${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}; nothing imported`);
      return 1;
    }
    parsed = result.data;
  }
  const config = loadConfig();
  let db: Database | undefined;
  try {
    db = await openDatabase(config.neo4j, (line) => console.error(`[curations] ${line}`));
    const store = new Neo4jCurationStore(db.driver, db.database);
    await store.ensureSchema();
    if (command === 'export') {
      const curations = await store.list();
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify({ version: 1, curations } satisfies CurationFile, null, 2)}\n`);
      console.log(`${curations.length} curations written to ${file}.`);
    } else {
      const known = new Set((await store.list()).map((c) => c.id));
      const added = await store.importAll(parsed!.curations);
      // A document's imported correction re-derives what depends on its place: those documents are extracted again as corrected.
      const corrected = [
        ...new Set(parsed!.curations.flatMap((c) => (!known.has(c.id) && !c.undone && c.action === 'correct-document' ? [c.documentId] : []))),
      ];
      if (corrected.length > 0) {
        const writer = new Neo4jGraphWriter(db.driver, db.database);
        const corpora = [{ dir: config.corpusDir }, { dir: config.uploadsDir, optional: true }];
        const sources = corpora
          .filter(({ dir, optional }) => !optional || fs.existsSync(path.join(dir, 'manifest.json')))
          .flatMap(({ dir }) => readCorpusEntries(dir).sources)
          .filter((s) => corrected.includes(s.meta.id));
        const summary = await loadDocuments(sources, writer, { force: true, corrections: await store.documentCorrections() });
        for (const f of summary.failed) console.error(`✗ ${f.documentId}: ${f.reason}`);
        console.log(`${summary.loaded.length} corrected documents extracted again.`);
      }
      const notApplied = await store.applyAll();
      await store.bump();
      for (const c of notApplied) console.error(`! curation ${c.id} (${c.action}) changed nothing: ${c.reason}`);
      console.log(`${added} curations imported (${parsed!.curations.length - added} already held); all re-applied.`);
    }
    return 0;
  } finally {
    await db?.close();
  }
}

runCli(main);
