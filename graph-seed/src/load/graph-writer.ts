// The write-side port of the loader: what one document contributes to the graph, and the store that takes it.

export interface DocumentRow {
  id: string;
  title: string;
  kind: string;
  date: string | null;
  dateInferred: boolean;
  year: number | null;
  file: string;
  /** The original text, so the API can return it with mention spans for highlighting. */
  text: string;
}

export interface PlaceRow {
  id: string;
  name: string;
  level: string;
  code: string | null;
}

export interface PartOfRow {
  from: string;
  to: string;
}

export interface AboutRow {
  documentId: string;
  placeId: string;
  inferred: boolean;
  reason: string | null;
}

/** Everything one document adds; written in one transaction so a document is loaded whole or not at all. */
export interface DocumentGraph {
  document: DocumentRow;
  places: PlaceRow[];
  placePartOf: PartOfRow[];
  about: AboutRow[];
}

export interface GraphWriter {
  /** Creates constraints and indexes if missing; safe to run every time. */
  ensureSchema(): Promise<void>;
  /** Upserts one document's contribution atomically. */
  writeDocument(graph: DocumentGraph): Promise<void>;
  /** Records a new graph version after a successful load; returns it. */
  bumpVersion(): Promise<string>;
  /** Number of Document nodes, to decide whether the sample corpus must be seeded. */
  documentCount(): Promise<number>;
}
