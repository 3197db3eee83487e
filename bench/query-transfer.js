#!/usr/bin/env node
// Bytes a browser loads for one search query on a built site, measured with the site's own search.js:
// the two search scripts, then every index file the engine asks for (language list, manifests, key files,
// term shards, document metadata), exactly as the page would load them.
//
//   node bench/query-transfer.js SITE_DIR "query" [language]   (language: only that one, default all)
//
// Prints one JSON line: {"query", "bytes", "files", "scripts", "index", "results"}.
'use strict';
const fs = require('fs');
const path = require('path');

const [siteDir, query, only] = process.argv.slice(2);
if (!siteDir || !query) {
  console.error('usage: node bench/query-transfer.js SITE_DIR "query" [language]');
  process.exit(2);
}
const assets = path.join(siteDir, 'assets');
const scripts = ['search-text.js', 'search.js'].map((name) => fs.statSync(path.join(assets, name)).size);
const search = require(path.resolve(assets, 'search.js'));

let indexBytes = 0;
const loaded = [];
const engine = new search.Engine((relative, done) => {
  const file = path.join(siteDir, relative);
  if (fs.existsSync(file)) { // a missing file counts as empty, as in the browser
    const code = fs.readFileSync(file, 'utf8');
    indexBytes += fs.statSync(file).size;
    loaded.push(relative);
    new Function('HandbookSearch', code)({ add: (lang, kind, key, data) => engine.add(lang, kind, key, data) });
  }
  done();
});

engine.ready(() => {
  const langs = only ? [only] : engine.languageCodes();
  engine.search(query, langs, langs[0], (results) => {
    const scriptBytes = scripts.reduce((a, b) => a + b, 0);
    console.log(JSON.stringify({
      query, bytes: scriptBytes + indexBytes, files: loaded.length + scripts.length, scripts: scriptBytes,
      index: indexBytes, results: results.length,
    }));
  });
});
