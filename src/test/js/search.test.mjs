// The browser search engine (templates/assets/search.js) on the index Java writes for the fixture
// handbook (src/test/resources/search/fixture-index.txt, kept equal to Java's output by
// SearchIndexFilesTest), without a DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEngine as engine, search } from './fixture-engine.mjs';

function run(query, { langs, ui = 'en', e = engine() } = {}) {
  return new Promise((resolve) => e.ready(() =>
    e.search(query, langs || e.languageCodes(), ui, (results) =>
      resolve(results.map((r) => r.meta[1])))));
}

test('languages and manifests load on demand', async () => {
  const e = engine();
  await new Promise((r) => e.ready(r));
  assert.deepEqual(e.languageCodes(), ['vi', 'en', 'fa']);
  assert.deepEqual(e.loaded, ['search/languages.js', 'search/index-vi.js', 'search/index-en.js', 'search/index-fa.js']);
  assert.equal(e.manifests.get('fa').dir, 'rtl');
});

test('an identifier finds its question and sections in every language', async () => {
  const urls = await run('select_related');
  assert.ok(urls.includes('en/django-notes/#q-1'), urls);
  assert.ok(urls.includes('vi/ghi-chu-django/#toi-uu-truy-van'), urls);
  assert.ok(urls.includes('fa/jango/#q-۱'), urls);
  assert.ok(urls.indexOf('en/django-notes/#q-1') < urls.indexOf('en/django-notes/#wsgi-protocol') || !urls.includes('en/django-notes/#wsgi-protocol'));
});

test('missing diacritics still find Vietnamese', async () => {
  assert.equal((await run('toi uu truy van'))[0], 'vi/ghi-chu-django/#toi-uu-truy-van');
  assert.equal((await run('Tối ưu'))[0], 'vi/ghi-chu-django/#toi-uu-truy-van');
});

test('an exact diacritic match ranks first but the folded match stays', async () => {
  const typedHoi = await run('hỏi ', { langs: ['vi'] });
  assert.equal(typedHoi[0], 'vi/ghi-chu-django/#q-hoi');
  assert.ok(typedHoi.includes('vi/ghi-chu-django/#q-hoi-2'), typedHoi);
  const typedHoiOther = await run('hơi ', { langs: ['vi'] });
  assert.equal(typedHoiOther[0], 'vi/ghi-chu-django/#q-hoi-2');
  assert.ok(typedHoiOther.includes('vi/ghi-chu-django/#q-hoi'), typedHoiOther);
});

test('English inflections match through the light stemmer', async () => {
  const urls = await run('optimizing ', { langs: ['en'] });
  assert.ok(urls.includes('en/django-notes/#optimizing-queries'), urls);
  assert.ok(urls.includes('en/django-notes/#caching'), urls); // "Optimization of templates"
  assert.equal(search.stem('optimizing'), 'optimiz');
  assert.equal(search.stem('queries'), 'quer');
  assert.equal(search.stem('user'), null);
});

test('the last word matches as a prefix while typing', async () => {
  const urls = await run('midd');
  for (const u of ['en/django-notes/#wsgi-protocol', 'vi/ghi-chu-django/#q-hoi', 'fa/jango/#میان-افزار']) {
    assert.ok(urls.includes(u), `${u} in ${urls}`);
  }
  assert.deepEqual(await run('midd ', { langs: ['en'] }), []); // a finished word is not a prefix
});

test('Arabic letters and a missing ZWNJ still find Persian', async () => {
  assert.ok((await run('ميكند')).includes('fa/jango/#میان-افزار'));
  assert.ok((await run('كليدهاي')).includes('fa/jango/#q-۱'));
  assert.ok((await run('پرس‌وجو')).includes('fa/jango/#q-۱'));
});

test('a space where the half-space belongs still finds Persian', async () => {
  // Detached affixes join their word in the query as in the index: "صفحه ها" is the token of "صفحه‌ها".
  assert.ok((await run('صفحه ها ', { langs: ['fa'] })).includes('fa/jango/#کش'));
  assert.ok((await run('می کند ', { langs: ['fa'] })).includes('fa/jango/#میان-افزار'));
  // A compound has no affix to go by: two adjacent Persian query words also match the pair written as one word.
  assert.equal((await run('میان افزار ', { langs: ['fa'] }))[0], 'fa/jango/#میان-افزار');
  assert.equal((await run('میان افز', { langs: ['fa'] }))[0], 'fa/jango/#میان-افزار');
});

test('only adjacent Persian query words are joined in pairs', () => {
  const terms = (q) => search.compile(q).map((w) => w.variants.filter((v) => v.term).map((v) => v.term));
  assert.deepEqual(terms('میان افزار '), [['میان', 'میانافزار'], ['افزار', 'میانافزار']]);
  assert.deepEqual(terms('select related '), [['select'], ['related']]);
  assert.deepEqual(terms('کش django '), [['کش'], ['django']]);
  assert.deepEqual(terms('مهم ترین '), [['مهمترین', 'مهم']]);
});

test('titles and questions rank above body text', async () => {
  const urls = await run('caching ', { langs: ['en'] });
  assert.equal(urls[0], 'en/django-notes/#caching');
  const wsgi = await run('wsgi', { langs: ['en'] });
  assert.equal(wsgi[0], 'en/django-notes/#wsgi-protocol');
});

test('words matched count before score; N+1 and request.user are words', async () => {
  assert.ok((await run('N+1')).includes('en/django-notes/#optimizing-queries'));
  assert.equal((await run('request.user'))[0], 'en/django-notes/#q-2');
});

test('the language filter keeps one language', async () => {
  const urls = await run('select_related', { langs: ['fa'] });
  assert.ok(urls.length > 0);
  assert.ok(urls.every((u) => u.startsWith('fa/')), urls);
});

test('on equal scores the interface language comes first', async () => {
  for (const ui of ['vi', 'en']) {
    const e = new search.Engine((path, done) => setImmediate(done));
    e.add('', 'languages', '', [{ lang: 'vi', dir: 'ltr' }, { lang: 'en', dir: 'ltr' }]);
    for (const lang of ['vi', 'en']) {
      e.add(lang, 'index', '', { v: 1, lang, dir: 'ltr', docs: 1, perFile: 8, shards: ['o'], split: [] });
      e.add(lang, 'terms', 'o', [['orm', 1, [10]]]);
      e.add(lang, 'docs', '0', [['s', `${lang}/x/#orm`, 'X', [], 'ORM', '', []]]);
    }
    e.ready = (done) => done();
    const urls = await run('orm ', { ui, e });
    assert.deepEqual(urls, [`${ui}/x/#orm`, `${ui === 'vi' ? 'en' : 'vi'}/x/#orm`]);
  }
});

test('a query loads only the shards and document files it needs', async () => {
  const e = engine();
  await run('select_related', { e, langs: ['en'] });
  const shards = e.loaded.filter((p) => p.includes('/t/'));
  const docs = e.loaded.filter((p) => p.includes('/d/'));
  assert.deepEqual(shards, ['search/en/t/73.js', 'search/en/t/72.js']);
  assert.deepEqual(docs, ['search/en/d/0.js']);
  assert.ok(!e.loaded.some((p) => p.startsWith('search/vi/') || p.startsWith('search/fa/')));
});

test('match ranges are found on folded text and map back to the original', () => {
  const needles = search.needles(search.compile('toi'));
  assert.deepEqual(search.matchRanges('Tối ưu truy vấn', needles), [[0, 3]]);
  const nfd = 'To\u0302\u0301i ưu';
  assert.deepEqual(search.matchRanges(nfd, needles), [[0, 5]]);
  assert.deepEqual(search.matchRanges('درخواست از آن عبور می‌کند', search.needles(search.compile('ميكند '))), [[19, 25]]);
  assert.deepEqual(search.matchRanges('Use select_related here', search.needles(search.compile('related '))), [[11, 18]]);
});

test('compile keeps the query words with their variants', () => {
  const words = search.compile('select_related optimizing');
  assert.equal(words.length, 2);
  assert.deepEqual(words[0].variants.map((v) => v.term ?? `${v.prefix}*`), ['select_related', 'select', 'related']);
  assert.deepEqual(words[1].variants.map((v) => v.term ?? `${v.prefix}*`), ['optimizing', 'optimizing*', 'optimiz*']);
});

test('function words score but need not all be held: a question finds what it asks about', async () => {
  const urls = await run('what is the difference between select_related and prefetch_related ');
  assert.equal(urls[0], 'en/django-notes/#q-1');
  assert.ok(urls.slice(0, 3).includes('en/django-notes/#optimizing-queries'), urls);
  // "What is request.user?" holds what, is and the: before, three words matched outranked the two that matter.
  assert.ok(urls.indexOf('en/django-notes/#q-2') < 0 || urls.indexOf('en/django-notes/#q-2') > 3, urls);
  const vi = await run('select_related là gì ', { ui: 'vi' });
  assert.equal(vi.filter((u) => u.startsWith('vi/'))[0], 'vi/ghi-chu-django/#toi-uu-truy-van');
  // A query of function words alone is searched for them.
  assert.ok((await run('what is ')).includes('en/django-notes/#q-2'));
});

test("the reader's language comes first on equal material, and rarity is counted over every language", async () => {
  assert.equal((await run('select_related', { ui: 'fa' }))[0], 'fa/jango/#q-۱');
  assert.equal((await run('select_related', { ui: 'en' }))[0], 'en/django-notes/#q-1');
  // One idf for all languages: a term every vi document holds is not "common" because vi has few documents.
  const e = engine();
  await new Promise((r) => e.ready(r));
  await new Promise((r) => e.search('select_related', e.languageCodes(), 'en', r));
  const langs = e.languageCodes();
  const total = langs.reduce((n, l) => n + e.manifests.get(l).docs, 0);
  const df = langs.reduce((n, l) => n + (e.entry(l, e.manifests.get(l), 'select_related') || [0])[0], 0);
  assert.ok(df > 1 && total > df);
  assert.equal(e.rarity(langs)('select_related'), Math.log(1 + (total - df + 0.5) / (df + 0.5)));
});
