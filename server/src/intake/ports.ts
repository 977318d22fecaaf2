// What the write routes need from document intake (preview, load, discard, gazetteer), so the API itself never imports the loader.
import { PolicyGraphError } from '@policygraph/contract/problems';
import type { DocumentCorrection } from '@policygraph/contract/curation';
import type { GazetteerResponse, LoadUploadBody, LoadUploadResponse, UploadPreview } from '@policygraph/contract/write-api';

/** A refusal the analyst can act on, with its problem kind: the file, the fields or the upload id, named. */
export class IntakeError extends PolicyGraphError {
  constructor(code: 'invalid-parameter' | 'upload-not-found' | 'payload-too-large' | 'unreadable-document' | 'load-failed', message: string) {
    super(
      code,
      message,
      code === 'invalid-parameter' ? { errors: [{ parameter: message.split(':')[0]!, message: message.split(': ').slice(1).join(': ') }] } : {},
    );
  }
}

export interface DocumentIntake {
  /** Reads and extracts a file without writing to the graph; the bytes wait under the uploads folder until load or discard. */
  preview(bytes: Uint8Array, name: string): Promise<UploadPreview>;
  /** Keeps the original, loads it into the graph and records it in the uploads manifest; on failure nothing is left changed. */
  load(uploadId: string, fields: LoadUploadBody, editor: string): Promise<LoadUploadResponse>;
  /**
   * Force-reloads these documents from their files with these corrections (default: the active curations'),
   * each in one transaction; the caller re-applies the curations.
   */
  reload(documentIds: string[], corrections?: ReadonlyMap<string, DocumentCorrection>): Promise<ReloadResult>;
  /** Forgets a previewed upload. */
  discard(uploadId: string): Promise<boolean>;
  /** County-level and higher divisions whose name or code matches. */
  gazetteer(q: string, limit: number): GazetteerResponse;
}

/** What a reload did: documents rewritten, those that failed (left as they were) and those no corpus folder lists. */
export interface ReloadResult {
  loaded: string[];
  failed: { documentId: string; reason: string }[];
  missing: string[];
}
