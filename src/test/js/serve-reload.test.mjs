// Checks templates/assets/serve-reload.js with a stand-in for the browser's EventSource: which server events
// reload which pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const script = readFileSync(new URL('../../../templates/assets/serve-reload.js', import.meta.url), 'utf8');

/** Runs the script on a page of the given kind; returns how to send events and how many reloads happened. */
function page(kind) {
  const listeners = {};
  const attributes = { 'data-root': '../../', 'data-kind': kind };
  let reloads = 0;
  class FakeEventSource {
    constructor(url) { this.url = url; }
    addEventListener(name, listener) { listeners[name] = listener; }
    close() {}
  }
  vm.runInNewContext(script, {
    EventSource: FakeEventSource,
    document: {
      documentElement: {
        getAttribute: (name) => attributes[name] ?? null,
        setAttribute: (name, value) => { attributes[name] = value; },
      },
    },
    window: { location: { reload: () => { reloads++; } } },
  });
  return { send: (name, data) => listeners[name]({ data }), reloads: () => reloads };
}

test('every page reloads after a rebuild', () => {
  for (const kind of ['chapter', 'print', 'search', 'home']) {
    const p = page(kind);
    p.send('hello', '1');
    p.send('reload', '2');
    assert.equal(p.reloads(), 1, kind);
  }
});

test('search and print pages reload again when the index catches up; other pages stay', () => {
  for (const [kind, expected] of [['print', 1], ['search', 1], ['chapter', 0], ['topic', 0]]) {
    const p = page(kind);
    p.send('hello', '1');
    p.send('index', '1');
    assert.equal(p.reloads(), expected, kind);
  }
});

test('a page that reconnects to a different build reloads', () => {
  const p = page('chapter');
  p.send('hello', '1');
  p.send('hello', '2');
  assert.equal(p.reloads(), 1);
});
