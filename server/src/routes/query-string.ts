// The query-string parser of the app: strict percent-decoding, every parameter named and given once.
import { InvalidParameterError } from '@policygraph/contract/problems';

/** How a parameter without a name (`?=1`) is named in the error. */
export const UNNAMED = '(unnamed)';

/** decodeURIComponent after form decoding (`+` is a space), undefined when the bytes are not valid UTF-8 percent-encoding. */
function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * Parses `a=1&b=x%20y` into `{ a: '1', b: 'x y' }`. Unlike Node's querystring, which searches `%ZZ` as
 * text and turns `%FF` into U+FFFD, malformed percent-encoding is a 400 naming the parameter, as the same
 * bytes in a path are; so are a parameter without a name and one given twice (which value would count?).
 * Empty pieces (`a=1&&b=2`, a trailing `&`) carry nothing and are skipped, as URLSearchParams does.
 */
export function parseQueryString(query: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (!query) return out;
  const issues: { parameter: string; message: string }[] = [];
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const rawName = eq < 0 ? piece : piece.slice(0, eq);
    const name = decode(rawName);
    if (name === undefined) {
      issues.push({ parameter: rawName, message: 'the name is not valid percent-encoded UTF-8' });
      continue;
    }
    if (name.trim() === '') {
      issues.push({ parameter: UNNAMED, message: 'a parameter must have a name' });
      continue;
    }
    const value = decode(eq < 0 ? '' : piece.slice(eq + 1));
    if (value === undefined) issues.push({ parameter: name, message: 'the value is not valid percent-encoded UTF-8 (%XX bytes of UTF-8 text)' });
    else if (Object.hasOwn(out, name)) issues.push({ parameter: name, message: 'must be given once' });
    else out[name] = value;
  }
  if (issues.length) throw new InvalidParameterError(issues);
  return out;
}
