import { config } from 'zod/v4/core';

// zod compiles fast object parsers with `new Function`, which the pages' Content-Security-Policy
// forbids: even its caught probe for eval is reported as a violation. In the browser it parses
// without; the server, which has no such policy, keeps the faster way.
config({ jitless: true });
