// The one mapper at the edge: turns driver values (Integer, Node, temporal) into plain JSON-safe values.
import neo4j from 'neo4j-driver';

/** Neo4j Integers become JS numbers: every count and offset here is far below 2^53. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    if (typeof (value as { toString?: unknown }).toString === 'function' && 'year' in value && 'month' in value) {
      return String(value);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

export function toNumber(value: unknown): number {
  const v = toPlain(value);
  return typeof v === 'number' ? v : Number(v ?? 0);
}
