// Paths of the project's own fixtures, for tests that need no database.
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/src/config';

export const SAMPLE_CORPUS_DIR = path.join(PROJECT_ROOT, 'graph-seed', 'corpus');
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures');
