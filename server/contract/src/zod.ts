// zod for the contract's schemas, set up before any of them is built: in a browser without eval, so the explorer's CSP stays quiet.
import { config, z } from 'zod';

// The explorer's CSP forbids eval. Left alone, zod probes for it (`new Function('')`) when a schema first parses,
// and the blocked probe is reported as a CSP violation before zod falls back by itself. Setting `jitless` here, in
// the module every schema imports, orders it before them by the import graph, whichever chunk the bundler puts them
// in (a separate setup module imported by the entry was not: bundlers do not keep sibling order across chunks). On
// the server eval is allowed and zod keeps its compiled fast path.
if (typeof document !== 'undefined') config({ jitless: true });

export { z };
