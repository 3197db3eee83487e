// Checks the browser folding/tokenizing (templates/assets/search-text.js) against the shared vectors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const text = require('../../../templates/assets/search-text.js');
const vectors = JSON.parse(
  readFileSync(new URL('../resources/text/folding-vectors.json', import.meta.url), 'utf8'));

for (const [i, c] of vectors.cases.entries()) {
  if (c.fold !== undefined) {
    test(`fold #${i} ${JSON.stringify(c.fold)}`, () => {
      assert.equal(text.fold(c.fold), c.expected);
    });
  } else {
    test(`tokens #${i} ${c.note}`, () => {
      assert.deepEqual(text.tokens(c.input), c.tokens);
    });
  }
}

test('words group an identifier with its parts', () => {
  assert.deepEqual(text.words('select_related ok'), [
    { whole: 'select_related', parts: ['select', 'related'] },
    { whole: 'ok', parts: [] },
  ]);
});
