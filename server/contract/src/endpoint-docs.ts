// What the OpenAPI document says of each read operation (tag, summary, description, its 404). Beside the table of
// operations so that a new read is documented in the contract package, and apart from it so that the explorer, which
// loads the schemas, does not download the prose.
import type { ReadOperation } from './endpoints';

/** What the document says of each read: tag, summary, description, and the 404 of those that take an id. */
export interface ReadDoc {
  readonly tag: string;
  readonly summary: string;
  readonly description: string;
  readonly notFound?: string;
}

export const READ_DOCS = {
  searchEntities: {
    tag: 'search',
    summary: 'Search entities by name or alias',
    description:
      'Full-text over names and aliases. Traditional queries find Simplified names (蘭考 → 兰考县); pinyin and initials find names (xmww, xiangmuweiwang → 项目为王), and so does a near spelling (项木为王). Exact names rank first, then prefixes, text, pinyin and near spellings; one character gives suggestions.',
  },
  getEntity: {
    tag: 'entities',
    summary: 'One entity with degrees, documents and evidence',
    description: 'Properties, degree per relationship type and direction, the documents mentioning it, and the sentences its relations rest on (newest first).',
    notFound: 'No entity with this id.',
  },
  getOverview: {
    tag: 'graph',
    summary: 'A first view of the graph',
    description: 'The strategies pursued by most places, with those places, and each document with the place it is about.',
  },
  getNeighborhood: {
    tag: 'graph',
    summary: 'Neighbourhood of one or more nodes',
    description:
      'Nodes within `depth` (1–3) hops, walking only `rels` and only through `types`; nearest and best connected first. When `limit` cuts it, `capped` is true and `total` says how many there were.',
    notFound: 'A start id is not in the graph.',
  },
  getPaths: {
    tag: 'graph',
    summary: 'The k shortest paths between two nodes',
    description:
      'Up to `k` shortest undirected paths of at most `maxLength` relationships, with the evidence sentences of every edge. MENTIONS is left out unless named in `rels`.',
    notFound: '`from` or `to` is not in the graph.',
  },
  comparePlaces: {
    tag: 'places',
    summary: 'Compare places',
    description:
      'Strategies and projects shared by all, by some and unique to each place; Jaccard overlap overall and per pair; a strategy × place matrix of evidence counts.',
    notFound: 'A place id is not in the graph.',
  },
  rollupPlace: {
    tag: 'places',
    summary: 'A place aggregated over its children',
    description:
      "Each administrative child at `level` (default: the level below the place's own) with distinct strategies, projects, organisations and documents over its whole area; their sum; and the distinct total. `level` must be below the place's own level: otherwise 400 naming `level`.",
    notFound: 'No place with this id.',
  },
  listDocuments: {
    tag: 'documents',
    summary: 'Documents, newest first',
    description: 'Metadata of a page of documents, filtered by year or by the place they are about.',
  },
  getDocument: {
    tag: 'documents',
    summary: 'One document with its text, mention spans and sentences',
    description:
      'The original text, every entity mention as offsets into it (UTF-16 code units), sorted by position, for highlighting, and the offsets of its sentences as the graph holds them (what evidence cites, and what an added relation may cite).',
    notFound: 'No document with this id.',
  },
  getStrategyDiffusion: {
    tag: 'travel',
    summary: 'How a strategy travelled between places',
    description:
      'Every place pursuing the strategy with the date and sentence of its first document, in date order; each step is top-down (a place containing it said it earlier), horizontal (a peer did), bottom-up (only places inside it did) or first.',
    notFound: 'No strategy with this id.',
  },
  getPlaceAdoptions: {
    tag: 'travel',
    summary: 'What a place took up each year',
    description: 'The strategies a place pursues grouped by the year of its first document naming each, and those it was first in the corpus to name.',
    notFound: 'No place with this id.',
  },
  getReuse: {
    tag: 'travel',
    summary: 'Text reuse between documents',
    description:
      'Passages of a later document that repeat an earlier one (character 3-gram Jaccard, found by MinHash/LSH over the whole corpus, national boilerplate left out), with both sentences and offsets, best first; and the links they make between the places the documents are about.',
  },
  getClusters: {
    tag: 'travel',
    summary: 'Clusters of places and the most central places and strategies',
    description:
      'Communities of places by the strategies they share (Louvain, fixed seed) and PageRank and betweenness on the place–strategy graph, computed per graph version. `scopes=provincial,local` leaves national formulas out.',
  },
  getStats: {
    tag: 'documents',
    summary: 'Facet counts',
    description: 'Counts by node type, relationship type, place level, document and year.',
  },
} satisfies Record<ReadOperation, ReadDoc>;
