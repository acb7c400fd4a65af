// Zod, configured once. Every schema module imports `z` from here, never from "zod".
// `jitless`: zod 4 compiles object parsers with `new Function` after probing whether eval
// is allowed; in the browser the pages' Content-Security-Policy forbids eval, and the
// probe alone is reported as a violation (README, Browser security and privacy). It has to be set before any
// schema is built, which importing `z` from this module guarantees.
import { z } from "zod";

z.config({ jitless: true });

export { z };
