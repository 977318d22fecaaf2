// Fetches from the API and parses every response with the shared zod contract.
import type { z } from 'zod';
import { GraphResponse, Problem } from '../../server/src/contract/api';

export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function getJson<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiRequestError('无法连接到服务器', 0);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const problem = Problem.safeParse(body);
    throw new ApiRequestError(problem.success ? (problem.data.detail ?? problem.data.title) : `HTTP ${res.status}`, res.status);
  }
  return schema.parse(body);
}

export const api = {
  overview: (limit = 60) => getJson(`/api/graph/overview?limit=${limit}`, GraphResponse),
};
