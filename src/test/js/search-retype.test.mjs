// What a query that found nothing may have meant (templates/assets/search-retype.js): the other keyboard
// layout (Persian standard / US), Vietnamese typed in Telex or VNI with the input method off. The last test runs
// the retypings through the browser engine on the fixture handbook's index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fixtureEngine, search } from './fixture-engine.mjs';

const require = createRequire(import.meta.url);
const retype = require('../../../templates/assets/search-retype.js');

/*
 * Runs queries as the search page does (Engine.searchMeant with search-retype.js), on the fixture handbook; resolves
 * to the result URLs and the query they are for when it is not the one typed. asked collects the queries retyped.
 */
async function meantSearch(ui, asked = []) {
  const e = fixtureEngine();
  await new Promise((r) => e.ready(r));
  const meant = (query, keep, then) => { asked.push(query); then(retype.retypings(query, keep)); };
  return (query) => new Promise((resolve) => e.searchMeant(query, e.languageCodes(), ui, meant,
    (results, retyped) => resolve({ urls: results.map((r) => r.meta[1]), retyped })));
}

test('Latin keys typed for Persian words give the words of the Persian standard layout', () => {
  const cases = [
    ['sghl', 'سلام'],
    ['ldhk htchv', 'میان افزار'],
    ['lndvdj mv,Ci', 'مدیریت پروژه'], // Shift+C is ژ
    ['la', 'مش'],
    ['nv;', 'درک'], // ; is ک
    ['nvo,hsj', 'درخواست'], // , is و
  ];
  for (const [typed, meant] of cases) {
    assert.ok(retype.retypings(typed).includes(meant), `${typed} -> ${retype.retypings(typed)}`);
  }
});

test('Persian letters typed for English words give the Latin keys', () => {
  assert.deepEqual(retype.retypings('یتشدلخ'), ['django']);
  assert.deepEqual(retype.retypings('يتشدلخ'), ['django']); // Shift+D is the Arabic yeh
  assert.deepEqual(retype.retypings('زشزاث ذشزنثدی'), ['cache backend']);
  // A word with a letter that is not on a letter key (ک is on ;) is Persian, not a slip.
  assert.deepEqual(retype.retypings('کش'), []);
});

test('Telex keys become Vietnamese letters and tones', () => {
  const cases = [
    ['vieejt', 'việt'],
    ['vieetj', 'việt'],
    ['laapj trinhf', 'lập trình'],
    ['dduowngf', 'đường'],
    ['nguwowif', 'người'],
    ['toois uwu truy vaans', 'tối ưu truy vấn'],
    ['booj nhows ddeemj', 'bộ nhớ đệm'],
    ['muaf', 'mùa'],
    ['hoaf', 'hoà'],
    ['quas', 'quá'],
    ['gias', 'giá'],
    ['khoas ngoaij', 'khoá ngoại'],
    ['caau hoir', 'câu hỏi'],
  ];
  for (const [typed, meant] of cases) {
    assert.equal(retype.retypings(typed)[0], meant, typed);
    assert.equal(retype.retypings(typed)[0], meant.normalize('NFC'), typed);
  }
});

test('VNI digits become Vietnamese letters and tones', () => {
  const cases = [
    ['vie65t', 'việt'],
    ['d9u7o7ng2', 'đường'],
    ['to6i1 u7u truy va6n1', 'tối ưu truy vấn'],
    ['ca6u ho3i', 'câu hỏi'],
    ['a8n', 'ăn'],
  ];
  for (const [typed, meant] of cases) {
    assert.ok(retype.retypings(typed).includes(meant), `${typed} -> ${retype.retypings(typed)}`);
  }
});

test('a query with nothing to retype gives nothing, and never itself', () => {
  assert.deepEqual(retype.retypings('select_related'), []);
  assert.deepEqual(retype.retypings('N+1'), []);
  assert.deepEqual(retype.retypings('tối ưu'), []);
  assert.deepEqual(retype.retypings(''), []);
  for (const q of ['cache', 'sghl', 'vieejt', 'یتشدلخ']) {
    assert.ok(!retype.retypings(q).includes(q), q);
    assert.equal(new Set(retype.retypings(q)).size, retype.retypings(q).length, q);
  }
});

test('a query that finds too little is searched as it was meant, on the fixture handbook', async () => {
  const asked = [];
  const run = await meantSearch('en', asked);
  const cases = [
    ['ldhk htchv ', 'میان افزار ', 'fa/jango/#میان-افزار'],
    // "truy" alone finds the section as typed, but not with every word: the Telex reading holds them all.
    ['toois uwu truy vaans ', 'tối ưu truy vấn ', 'vi/ghi-chu-django/#toi-uu-truy-van'],
    ['to6i1 u7u truy va6n1 ', 'tối ưu truy vấn ', 'vi/ghi-chu-django/#toi-uu-truy-van'],
    ['زشزاهدل ', 'caching ', 'en/django-notes/#caching'],
  ];
  for (const [typed, retyped, first] of cases) {
    const found = await run(typed);
    assert.equal(found.retyped, retyped, typed);
    assert.equal(found.urls[0], first, typed);
  }
  // A query whose results hold every word is not retyped; one that nothing explains keeps its own results.
  asked.length = 0;
  assert.deepEqual(await run('select_related').then((r) => r.retyped), null);
  assert.deepEqual(asked, []);
  const unexplained = await run('truy xyzzyq ');
  assert.equal(unexplained.retyped, null);
  assert.ok(unexplained.urls.includes('vi/ghi-chu-django/#toi-uu-truy-van'));
  assert.deepEqual(asked, ['truy xyzzyq ']);
});

test('a misspelt word stands for the index terms spelt nearest it, when nothing else holds every word', async () => {
  const run = await meantSearch('en');
  const cases = [
    ['midleware ', 'middleware', 'vi/ghi-chu-django/#q-hoi'], // a letter dropped
    ['wsgi midlewrae ', 'wsgi middleware', 'en/django-notes/#wsgi-protocol'], // two letters swapped
    ['cahcing ', 'caching', 'en/django-notes/#caching'],
    ['toi uu trxy van ', 'toi uu truy van', 'vi/ghi-chu-django/#toi-uu-truy-van'], // a letter changed
    ['wsgi midlew', 'wsgi middleware', 'en/django-notes/#wsgi-protocol'], // still being typed: a term's start
  ];
  for (const [typed, shown, expected] of cases) {
    const found = await run(typed);
    assert.equal(found.retyped, shown, typed);
    assert.ok(found.urls.slice(0, 3).includes(expected), `${typed}: ${found.urls}`);
  }
  // A word typed with Vietnamese marks is taken as meant, and a word found in any language is not corrected.
  assert.equal((await run('tối ưu truy vână ')).retyped, null);
  assert.equal((await run('cache cahcing ')).retyped, 'cache caching');
  // Short words are not guessed at, and a word far from every term stays unmatched.
  assert.equal((await run('cah ')).retyped, null);
  assert.equal((await run('xyzzyplugh ')).retyped, null);
});

test('edit distance counts a swap of neighbours as one edit and stops above the limit', () => {
  const near = (word, typing) => {
    const e = new search.Engine(() => {});
    e.shards.set('en c', new Map([['cache', [9, []]], ['caching', [3, []]], ['cached', [1, []]], ['catch', [2, []]]]));
    return e.nearest('en', { keys: new Set(['c']) }, word, typing);
  };
  assert.deepEqual(near('cahce', false), ['cache']); // 'catch' is two edits away
  assert.deepEqual(near('cachnig', false), ['caching']);
  assert.deepEqual(near('cachxd', false), ['cached']);
  assert.deepEqual(near('cach', false), ['cache', 'catch']); // 4 letters: one edit
  assert.deepEqual(near('zzzzz', false), []);
  assert.deepEqual(near('cachi', true), ['caching', 'cache', 'cached']); // compared with each term's start
});

test('only the words that found nothing are retyped, and Latin keys of Persian letters are tried anyway', async () => {
  const run = await meantSearch('vi');
  // Telex would turn prefetch_related into "prèetch_related"; it found something as typed, so it stays.
  const telex = await run('toois uwu prefetch_related ');
  assert.equal(telex.retyped, 'tối ưu prefetch_related ');
  assert.equal(telex.urls[0], 'vi/ghi-chu-django/#toi-uu-truy-van');
  // ";a" is کش with a US layout on; its "a" alone matches English, which is not what was meant.
  const cache = await run(';a');
  assert.equal(cache.retyped, 'کش');
  assert.equal(cache.urls[0], 'fa/jango/#کش');
  // An English apostrophe or a comma after a word is not taken for a Persian letter.
  assert.equal((await run("select_related, prefetch_related")).retyped, null);
  assert.deepEqual(retype.retypings('django ldhk', (word) => word === 'django'), ['django میان']);
});
