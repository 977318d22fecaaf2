// The postMessage protocol between a host page and an embedded view: message shapes, their checks, and the origin rule.

/** Every message the embed sends carries this tag, so hosts can tell ours from others. */
export const EMBED_SOURCE = 'policygraph';
export const HOST_SOURCE = 'policygraph-host';

/** Host → embed. `focus`: load the entity if needed, centre and select it. */
export type HostMessage = { source: typeof HOST_SOURCE; type: 'focus'; id: string } | { source: typeof HOST_SOURCE; type: 'fit' };

/** Embed → host, before the source tag is added. */
export type EmbedEvent =
  | { type: 'ready'; nodes: number }
  | { type: 'select'; id: string; label: string; nodeType: string | null }
  | { type: 'error'; message: string };
export type EmbedMessage = EmbedEvent & { source: typeof EMBED_SOURCE };

/** Checks an incoming message's shape; anything else is ignored, never half-used. */
export function asHostMessage(data: unknown): HostMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.source !== HOST_SOURCE) return undefined;
  if (m.type === 'fit') return { source: HOST_SOURCE, type: 'fit' };
  if (m.type === 'focus' && typeof m.id === 'string' && m.id.length > 0 && m.id.length <= 200) return { source: HOST_SOURCE, type: 'focus', id: m.id };
  return undefined;
}

/** Checks a message from the embed (used by the <policy-graph> element). */
export function asEmbedMessage(data: unknown): EmbedMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.source !== EMBED_SOURCE) return undefined;
  if (m.type === 'ready' && typeof m.nodes === 'number') return m as EmbedMessage;
  if (m.type === 'select' && typeof m.id === 'string' && typeof m.label === 'string') return m as EmbedMessage;
  if (m.type === 'error' && typeof m.message === 'string') return m as EmbedMessage;
  return undefined;
}

/**
 * The origin of the page framing us, if it is on the allowlist (or is ourselves); undefined otherwise, and then no
 * message goes out. The browser already refused framing by other origins (CSP frame-ancestors); this is the second lock.
 */
export function allowedParentOrigin(allowed: readonly string[], self: string, ancestor: string | undefined): string | undefined {
  if (!ancestor) return undefined;
  return ancestor === self || allowed.includes(ancestor) ? ancestor : undefined;
}
