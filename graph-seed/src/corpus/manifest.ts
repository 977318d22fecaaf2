// The corpus manifest: which files make the corpus and what each document is (title, kind, date, place).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const ManifestPlace = z.object({
  name: z.string().min(1),
  /** GB/T 2260 code of the place the document is about. */
  code: z.string().regex(/^\d{2}(\d{2}){0,2}(\d{3}){0,2}$/, 'must be a GB/T 2260 code of 2, 4, 6, 9 or 12 digits'),
  /** True when the place was deduced (e.g. the name is masked in the text), not stated. */
  inferred: z.boolean().default(false),
  reason: z.string().optional(),
});

export const ManifestDocument = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,128}$/, 'must be 1–128 letters, digits, dot, dash or underscore'),
  file: z.string().min(1),
  title: z.string().min(1),
  kind: z.string().min(1),
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .nullable()
    .default(null),
  dateInferred: z.boolean().default(false),
  place: ManifestPlace.nullable().default(null),
  /** Uploaded documents: SHA-256 of the original file as received, kept byte for byte beside the manifest. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** Uploaded documents: the editor's token name, when, and the file's name on the analyst's machine. */
  uploadedBy: z.string().optional(),
  uploadedAt: z.string().optional(),
  originalName: z.string().optional(),
});
export type ManifestDocument = z.infer<typeof ManifestDocument>;

export const Manifest = z.object({
  version: z.literal(1),
  description: z.string().optional(),
  documents: z.array(ManifestDocument),
});
export type Manifest = z.infer<typeof Manifest>;

export class ManifestError extends Error {
  override name = 'ManifestError';
}

/** Reads DIR/manifest.json as JSON, unvalidated; a ManifestError names the file when it cannot. */
export function readManifestJson(dir: string): { file: string; raw: unknown } {
  const file = path.join(dir, 'manifest.json');
  try {
    return { file, raw: JSON.parse(fs.readFileSync(file, 'utf8')) as unknown };
  } catch (err) {
    throw new ManifestError(`${file}: cannot be read as JSON (${(err as Error).message})`);
  }
}

/** Reads and validates DIR/manifest.json as a whole; a ManifestError names the file and the bad field. */
export function readManifest(dir: string): Manifest {
  const { file, raw } = readManifestJson(dir);
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ManifestError(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const doc of parsed.data.documents) {
    if (ids.has(doc.id)) throw new ManifestError(`${file}: document id "${doc.id}" appears twice`);
    ids.add(doc.id);
  }
  return parsed.data;
}

/** The year of a manifest date, for facets and the time slider. */
export function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}
