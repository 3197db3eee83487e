// The browser search engine (templates/assets/search.js) on the index Java writes for the fixture handbook
// (src/test/resources/search/fixture-index.txt, kept equal to Java's output by SearchIndexFilesTest), without a
// DOM: each index file the engine asks for is run as the page would run its script. engine.loaded lists them.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
export const search = require('../../../templates/assets/search.js');

const bundle = readFileSync(new URL('../resources/search/fixture-index.txt', import.meta.url), 'utf8');
const files = new Map();
for (const part of bundle.split(/^\/\/# /m).filter(Boolean)) {
  const newline = part.indexOf('\n');
  files.set(part.slice(0, newline), part.slice(newline + 1));
}

export function fixtureEngine() {
  const loaded = [];
  const e = new search.Engine((path, done) => {
    loaded.push(path);
    const script = files.get(path);
    if (script) new Function('HandbookSearch', script)({ add: (...a) => e.add(...a) });
    setImmediate(done);
  });
  e.loaded = loaded;
  return e;
}
