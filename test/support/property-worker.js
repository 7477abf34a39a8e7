// Entry of the worker thread that runs a property's cases (see bounded-property.ts): the test
// files are TypeScript, so the worker registers tsx first, as mocha does in the main thread.
require('tsx/cjs');
require('./property-worker.ts');
