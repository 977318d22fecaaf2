// Imported first by every entry: zod must not probe for eval (`new Function('')`), which the page's CSP forbids and reports.
import { config } from 'zod/v4/core';

// Schemas read this when they are built, so it has to run before any contract module is evaluated.
// Without it zod falls back by itself, but only after the blocked probe has put a CSP violation in the console.
config({ jitless: true });
