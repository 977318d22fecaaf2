// Parses request input with the contract's zod schemas; a ZodError becomes a 400 naming the parameter.
import type { Request } from 'express';
import type { z } from 'zod';

/** Parses the query string (app's parser: routes/query-string.ts); unknown parameters are refused by the strict schemas. */
export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  return schema.parse(req.query);
}

/** Parses the path parameters (`:id`), already URL-decoded by Express. */
export function parseParams<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  return schema.parse(req.params);
}
