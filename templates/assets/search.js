/*
 * Handbook search. Loads the index scripts written by dev.handbook.search.SearchIndexFiles the first
 * time the search box gets focus (script tags, not fetch, so it works from file://), then ranks in the
 * browser. Needs search-text.js first. No inline code, no innerHTML of indexed text.
 *
 * Page contract: <html lang data-root>, form[role=search] with input[type=search], an element with
 * data-search-results (labels in data-label-none/-loading/-all/-filter/-results/-retyped/-count). The page whose
 * <html data-kind="search"> shows the results of ?q= (&lang= picks one language) and keeps them open.
 * The results element is aria-busy from a keystroke until the results for it are shown.
 */
(function (root) {
  'use strict';
  var T = root.HandbookText || (typeof require === 'function' ? require('./search-text.js') : null);
  var MAX_RESULTS = 20;
  var CANDIDATES = 24; // ranked in full, with their document text loaded
  var MAX_EXPANSIONS = 40; // terms one prefix may stand for
  var MAX_PREFIX_SHARDS = 4; // shards one prefix may load besides its own
  var WEIGHT = { prefix: 0.6, stem: 0.5, part: 0.5, near: 0.4, exactBonus: 0.5 };
  var MAX_NEAR = 3; // index terms one misspelt word may stand for
  var OWN_LANGUAGE = 1.5; // results in the reader's interface language are preferred by this factor
  /*
   * Function words of questions in the three languages, folded. They still score, but a document need not hold them
   * to hold "every word" of a query: "what is the difference between X and Y" is about X and Y.
   */
  var STOP_WORDS = ('a an the is are was were be been what which who how why when where do does did i you we it its '
    + 'of to in on for with and or vs versus between can could should would my your this that these there from by as '
    + 'at into about me là của và có cho trong như nào gì khi với các những một được thì '
    + 'و از به که در را رو با این آن چه چی یه یک برای است هست').split(' ');
  var stopWords = null; // folded when first needed (search-text.js may load after this script)
  var IMPACT = 64;
  var STEM_SUFFIXES = ['izations', 'ization', 'isations', 'isation', 'ations', 'ation', 'ments', 'ment',
    'ness', 'ings', 'ing', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'ly', 's', 'e', 'y'];
  var own = Object.prototype.hasOwnProperty;

  function hex(key) {
    return Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join('-');
  }

  /* Light English stemmer: "optimizing" -> "optimiz", used as a prefix ("optimize", "optimization"). */
  function stem(word) {
    if (!/^[a-z]{5,}$/.test(word)) return null;
    for (var i = 0; i < STEM_SUFFIXES.length; i++) {
      var s = STEM_SUFFIXES[i];
      if (word.length - s.length >= 4 && word.slice(-s.length) === s) return word.slice(0, -s.length);
    }
    return null;
  }

  /*
   * Words of a query with what may match each: the word, its parts, a prefix while typing, a stem, and for two
   * adjacent Persian words their concatenation, which stands for both.
   */
  function compile(query) {
    var words = T.words(query);
    var typing = !/\s$/.test(query);
    var compiled = words.map(function (w, i) {
      var variants = [{ term: w.whole, weight: 1 }];
      if (typing && i === words.length - 1 && Array.from(w.whole).length >= 2) {
        variants.push({ prefix: w.whole, weight: WEIGHT.prefix });
      }
      var s = stem(w.whole);
      if (s) variants.push({ prefix: s, weight: WEIGHT.stem });
      w.parts.forEach(function (p) { variants.push({ term: p, weight: WEIGHT.part }); });
      return { whole: w.whole, variants: variants, optional: isStopWord(w.whole) };
    });
    if (compiled.every(function (w) { return w.optional; })) compiled.forEach(function (w) { w.optional = false; });
    // A Persian compound is written with a half-space, nothing or a space ("بهینه‌سازی", "بهینه سازی"), and no
    // affix list can tell two words from one: a document holding the pair joined matches both query words.
    for (var i = 0; i + 1 < words.length; i++) {
      if (!T.isPersian(words[i].whole) || !T.isPersian(words[i + 1].whole)) continue;
      var pair = words[i].whole + words[i + 1].whole;
      var joined = [{ term: pair, weight: 1 }];
      if (typing && i + 2 === words.length) joined.push({ prefix: pair, weight: WEIGHT.prefix });
      compiled[i].variants = compiled[i].variants.concat(joined);
      compiled[i + 1].variants = compiled[i + 1].variants.concat(joined);
    }
    return compiled;
  }

  function isStopWord(folded) {
    if (!stopWords) stopWords = new Set(STOP_WORDS.map(function (w) { return T.fold(w); }));
    return stopWords.has(folded);
  }

  /* How many words of a compiled query a result must hold to hold them all. */
  function required(compiled) {
    return compiled.filter(function (w) { return !w.optional; }).length;
  }

  /* Query words that carry diacritics or letter variants, as typed (NFC, lower case). */
  function exactWords(query) {
    var seg = new Intl.Segmenter('und', { granularity: 'word' });
    return Array.from(seg.segment(query.normalize('NFC').toLowerCase()))
      .filter(function (s) { return s.isWordLike && T.fold(s.segment) !== s.segment; })
      .map(function (s) { return s.segment; });
  }

  function Engine(loadScript) {
    this.loadScript = loadScript;
    this.languages = null;
    this.manifests = new Map();
    this.shards = new Map(); // "lang key" -> Map(term -> [df, postings])
    this.docs = new Map(); // "lang n" -> documents
    this.requested = new Map(); // path -> callbacks, or true when settled
  }

  Engine.prototype.add = function (lang, kind, key, data) {
    var m = this.manifests.get(lang);
    if (kind === 'languages') this.languages = data;
    else if (kind === 'index') {
      data.keys = new Set(data.shards);
      data.sorted = data.shards.slice().sort();
      data.split = new Set(data.split);
      this.manifests.set(lang, data);
    } else if (kind === 'keys' && m) {
      data.forEach(function (k) { m.keys.add(k); });
      m.sorted = Array.from(m.keys).sort();
    } else if (kind === 'terms') {
      var terms = new Map();
      data.forEach(function (e) { terms.set(e[0], [e[1], e[2]]); });
      this.shards.set(lang + ' ' + key, terms);
    } else if (kind === 'docs') this.docs.set(lang + ' ' + key, data);
  };

  Engine.prototype.load = function (paths, done) {
    var self = this;
    var left = paths.length;
    if (!left) return done();
    var one = function () { if (--left === 0) done(); };
    paths.forEach(function (path) {
      var state = self.requested.get(path);
      if (state === true) return one();
      if (state) return state.push(one);
      self.requested.set(path, [one]);
      self.loadScript(path, function () { // a missing file counts as empty
        var waiting = self.requested.get(path);
        self.requested.set(path, true);
        waiting.forEach(function (f) { f(); });
      });
    });
  };

  Engine.prototype.ready = function (done) {
    var self = this;
    this.load(['search/languages.js'], function () {
      self.load(self.languageCodes().map(function (l) { return 'search/index-' + l + '.js'; }), done);
    });
  };

  Engine.prototype.languageCodes = function () {
    return (this.languages || []).map(function (l) { return l.lang; });
  };

  /* The shard holding a term: the longest shard key that is a prefix of it. */
  function home(manifest, term) {
    var chars = Array.from(term);
    for (var n = chars.length; n > 0; n--) {
      var key = chars.slice(0, n).join('');
      if (manifest.keys.has(key)) return key;
    }
    return null;
  }

  /* Shards that may hold terms starting with a prefix: its home and a few deeper ones. */
  function prefixKeys(manifest, prefix) {
    var keys = [];
    var h = home(manifest, prefix);
    if (h !== null) keys.push(h);
    var list = manifest.sorted;
    var lo = 0;
    var hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    for (var i = lo; i < list.length && list[i].indexOf(prefix) === 0 && keys.length <= MAX_PREFIX_SHARDS; i++) {
      if (list[i] !== h) keys.push(list[i]);
    }
    return keys;
  }

  /* Key files to load first: for query words starting with a character whose shards were split. */
  function keyFiles(lang, manifest, compiled) {
    var paths = new Set();
    compiled.forEach(function (word) {
      word.variants.forEach(function (v) {
        var first = Array.from(v.term !== undefined ? v.term : v.prefix)[0];
        if (manifest.split.has(first)) paths.add('search/' + lang + '/k/' + hex(first) + '.js');
      });
    });
    return Array.from(paths);
  }

  function shardKeys(manifest, compiled) {
    var keys = new Set();
    compiled.forEach(function (word) {
      word.variants.forEach(function (v) {
        if (v.term !== undefined) {
          var h = home(manifest, v.term);
          if (h !== null) keys.add(h);
        } else prefixKeys(manifest, v.prefix).forEach(function (k) { keys.add(k); });
      });
    });
    return Array.from(keys);
  }

  Engine.prototype.entry = function (lang, manifest, term) {
    var key = home(manifest, term);
    var shard = key === null ? null : this.shards.get(lang + ' ' + key);
    return shard ? shard.get(term) : undefined;
  };

  Engine.prototype.expand = function (lang, manifest, prefix, whole) {
    var self = this;
    var found = [];
    prefixKeys(manifest, prefix).forEach(function (key) {
      var shard = self.shards.get(lang + ' ' + key);
      if (shard) shard.forEach(function (e, term) { if (term !== whole && term.indexOf(prefix) === 0) found.push(term); });
    });
    found.sort(function (a, b) { return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0); });
    return found.slice(0, MAX_EXPANSIONS);
  };

  /*
   * Index terms spelt nearest a word that matched nothing, from the shard the word itself loaded: one edit
   * (a letter added, dropped, changed, or two swapped) for words of 4 to 7 letters, two from 8; none below 4.
   * While the word is being typed it is compared with the start of each term. Closest first, then most used.
   */
  Engine.prototype.nearest = function (lang, manifest, word, typing) {
    var chars = Array.from(word);
    if (chars.length < 4) return [];
    var most = chars.length >= 8 ? 2 : 1;
    var key = home(manifest, word);
    var shard = key === null ? null : this.shards.get(lang + ' ' + key);
    if (!shard) return [];
    var found = [];
    shard.forEach(function (e, term) {
      var t = Array.from(term);
      var d = typing ? Math.min(distance(chars, t.slice(0, chars.length), most),
        distance(chars, t.slice(0, chars.length + 1), most), distance(chars, t.slice(0, chars.length - 1), most))
        : distance(chars, t, most);
      if (d <= most) found.push({ term: term, d: d, df: e[0] });
    });
    found.sort(function (a, b) { return a.d - b.d || b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0); });
    return found.slice(0, MAX_NEAR).map(function (f) { return f.term; });
  };

  /* Edits from a to b (arrays of characters; a swap of two neighbours is one), or most + 1 when above most. */
  function distance(a, b, most) {
    if (Math.abs(a.length - b.length) > most) return most + 1;
    var before = null;
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var low = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a[i - 1] === b[k - 1] ? 0 : 1;
        var d = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + cost);
        if (before && i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) d = Math.min(d, before[k - 2] + 1);
        row.push(d);
        if (d < low) low = d;
      }
      if (low > most) return most + 1;
      before = prev;
      prev = row;
    }
    return prev[b.length];
  }

  /*
   * BM25: per query word the best of its variants, summed over words; counts words matched. With near, a word
   * that matches nothing in a language stands for the index terms spelt nearest to it (added to near.terms).
   */
  Engine.prototype.score = function (lang, compiled, out, rarity, trace) {
    var self = this;
    var manifest = this.manifests.get(lang);
    compiled.forEach(function (word) {
      var best = new Map();
      var add = function (term, weight) {
        var e = self.entry(lang, manifest, term);
        if (!e) return;
        var idf = rarity(term);
        var doc = 0;
        e[1].forEach(function (p) {
          doc += Math.floor(p / IMPACT);
          var s = idf * (p % IMPACT) * weight;
          if (!(best.get(doc) >= s)) best.set(doc, s);
        });
      };
      word.variants.forEach(function (v) {
        var terms = v.term !== undefined ? [v.term] : self.expand(lang, manifest, v.prefix, word.whole);
        terms.forEach(function (term) { add(term, v.weight); });
      });
      if (best.size && trace) trace.matched.add(word.whole);
      if (trace && trace.near && !best.size && !trace.near.skip.has(word.whole)) {
        var typing = word.variants.some(function (v) { return v.prefix === word.whole; });
        self.nearest(lang, manifest, word.whole, typing).forEach(function (term) {
          add(term, WEIGHT.near);
          trace.near.terms.push({ word: word.whole, term: term });
        });
      }
      best.forEach(function (s, doc) {
        var id = lang + ' ' + doc;
        var r = out.get(id);
        if (!r) out.set(id, r = { lang: lang, doc: doc, score: 0, words: 0, meta: null });
        r.score += s;
        if (!word.optional) r.words++;
      });
    });
  };

  /*
   * Runs a query over the given languages; calls done(results) with up to 20 results, best first:
   * most query words matched (function words not counted), then score (the interface language's results
   * preferred, exact diacritics add a bonus, never a filter), then, when about equal, the interface language
   * first. A trace, when given, collects the folded words that matched something ({matched: Set}) and with
   * {near: {skip: Set, terms: []}} lets a word that matched nothing stand for the terms spelt nearest it.
   */
  Engine.prototype.search = function (query, langs, uiLang, done, trace) {
    var self = this;
    var compiled = compile(query);
    langs = langs.filter(function (l) { return self.manifests.has(l); });
    if (!compiled.length || !langs.length) return done([]);
    var keyPaths = [];
    langs.forEach(function (lang) { keyPaths = keyPaths.concat(keyFiles(lang, self.manifests.get(lang), compiled)); });
    this.load(keyPaths, function () { self.rank(query, compiled, langs, uiLang, done, trace); });
  };

  /* Whether the best result holds every word of its query (results come most words first). */
  function holdsEveryWord(results, query) {
    return results.length > 0 && results[0].words >= required(compile(query));
  }

  /*
   * Whether a word of the query was perhaps typed for Persian with a Latin layout on: an ASCII word holding a key
   * that the Persian standard layout gives a letter (; [ ] \ , ') where English has none. The tokenizer drops
   * those characters, so the rest ("a" of ";a", کش) may well match English.
   */
  function layoutSlip(token) {
    return /^[\x21-\x7e]+$/.test(token) && /[a-z]/i.test(token) && /[;[\]\\]|^'|,(?=.)/.test(token);
  }

  /*
   * Like search, but when no result holds every query word (or a word may be Persian typed with a Latin layout),
   * tries what the query may have meant: first the retypings meant(query, keep, then) gives (a list, most likely
   * first, asked for only then; keep(word) tells which words found something as typed), then the query with each
   * word that matched nothing anywhere standing for the index terms spelt nearest it. Calls done(results,
   * meantQuery) with the first of these whose results hold every word, or with the query's own results and null.
   */
  Engine.prototype.searchMeant = function (query, langs, uiLang, meant, done) {
    var self = this;
    var trace = { matched: new Set() };
    var tokens = query.trim().split(/\s+/);
    this.search(query, langs, uiLang, function (results) {
      var complete = holdsEveryWord(results, query);
      if (complete && !tokens.some(layoutSlip)) return done(results, null);
      // A word that found something somewhere is kept as typed; only the others are retyped or corrected.
      var found = function (token) {
        var words = T.words(token);
        return !layoutSlip(token) && words.length > 0
          && words.every(function (w) { return trace.matched.has(w.whole); });
      };
      var misspelt = function () {
        if (complete) return done(results, null);
        var near = { skip: new Set(trace.matched), terms: [] };
        // A word typed with Vietnamese marks was typed with care: it is not taken for a slip of the fingers.
        tokens.filter(function (t) { return /[\u00c0-\u024f\u1e00-\u1eff]/.test(t); }).forEach(function (t) {
          T.words(t).forEach(function (w) { near.skip.add(w.whole); });
        });
        self.search(query, langs, uiLang, function (list) {
          if (holdsEveryWord(list, query)) done(list, corrected(query, near.terms)); else done(results, null);
        }, { matched: new Set(), near: near });
      };
      meant(query, found, function (list) {
        var next = function (i) {
          if (i >= list.length) return misspelt();
          self.search(list[i], langs, uiLang, function (retyped) {
            if (holdsEveryWord(retyped, list[i])) done(retyped, list[i]); else next(i + 1);
          });
        };
        next(0);
      });
    }, trace);
  };

  /* The query as typed, each misspelt word replaced by the nearest term found for it. */
  function corrected(query, near) {
    return query.trim().split(/(\s+)/).map(function (token) {
      var folded = T.words(token).map(function (w) { return w.whole; }).join(' ');
      var first = near.filter(function (n) { return n.word === folded; })[0];
      return first ? first.term : token;
    }).join('');
  }

  /*
   * A term's inverse document frequency over every language searched, so that scores compare across languages:
   * a handbook with few pages in one language would otherwise make every term there look common.
   */
  Engine.prototype.rarity = function (langs) {
    var self = this;
    var total = 0;
    langs.forEach(function (lang) { total += self.manifests.get(lang).docs; });
    var known = new Map();
    return function (term) {
      if (!known.has(term)) {
        var df = 0;
        langs.forEach(function (lang) {
          var e = self.entry(lang, self.manifests.get(lang), term);
          if (e) df += e[0];
        });
        known.set(term, Math.log(1 + (total - df + 0.5) / (df + 0.5)));
      }
      return known.get(term);
    };
  };

  Engine.prototype.rank = function (query, compiled, langs, uiLang, done, trace) {
    var self = this;
    var paths = [];
    langs.forEach(function (lang) {
      shardKeys(self.manifests.get(lang), compiled).forEach(function (k) {
        paths.push('search/' + lang + '/t/' + hex(k) + '.js');
      });
    });
    this.load(paths, function () {
      var found = new Map();
      var rarity = self.rarity(langs);
      langs.forEach(function (lang) { self.score(lang, compiled, found, rarity, trace); });
      found.forEach(function (r) { if (r.lang === uiLang) r.score *= OWN_LANGUAGE; });
      var ranked = Array.from(found.values()).sort(function (a, b) {
        return b.words - a.words || b.score - a.score;
      }).slice(0, CANDIDATES);
      var docPaths = ranked.map(function (r) {
        return 'search/' + r.lang + '/d/' + Math.floor(r.doc / self.manifests.get(r.lang).perFile) + '.js';
      });
      self.load(Array.from(new Set(docPaths)), function () {
        var exact = exactWords(query);
        var order = langs.slice().sort(function (a, b) { return (b === uiLang) - (a === uiLang); });
        ranked.forEach(function (r) {
          var perFile = self.manifests.get(r.lang).perFile;
          var file = self.docs.get(r.lang + ' ' + Math.floor(r.doc / perFile)) || [];
          r.meta = file[r.doc % perFile] || null;
          if (r.meta && exact.length) {
            var text = [r.meta[4], r.meta[2], r.meta[3].join(' '), r.meta[5]].join(' ').normalize('NFC').toLowerCase();
            var hits = exact.filter(function (w) { return text.indexOf(w) >= 0; }).length;
            r.score *= 1 + WEIGHT.exactBonus * hits / exact.length;
          }
          r.band = Math.round(Math.log(r.score + 1e-9) * 40); // about 2.5% wide: "about equal"
        });
        // A topic page gathers every language's material whatever its interface language: the reader's own is
        // the one to show, when the reader's language is searched.
        var ownTopics = langs.indexOf(uiLang) >= 0;
        done(ranked.filter(function (r) {
          return r.meta && !(ownTopics && r.meta[0] === 't' && r.lang !== uiLang);
        }).sort(function (a, b) {
          return b.words - a.words || b.band - a.band || order.indexOf(a.lang) - order.indexOf(b.lang)
            || b.score - a.score || a.doc - b.doc;
        }).slice(0, MAX_RESULTS));
      });
    });
  };

  /* Folded needles to highlight: whole words, parts, and prefixes for the word being typed. */
  function needles(compiled) {
    var out = [];
    compiled.forEach(function (w) {
      w.variants.forEach(function (v) { out.push(v.term !== undefined ? v.term : v.prefix); });
    });
    return out.filter(function (n) { return n.length > 0; });
  }

  /* Ranges [start, end) of text where a needle matches at a word start, compared folded. */
  function matchRanges(text, list) {
    var folded = '';
    var origin = [];
    var i = 0;
    Array.from(text).forEach(function (ch) {
      var f = T.fold(ch);
      for (var k = 0; k < f.length; k++) { folded += f[k]; origin.push(i); }
      i += ch.length;
    });
    var ranges = [];
    list.forEach(function (n) {
      for (var at = folded.indexOf(n); at >= 0; at = folded.indexOf(n, at + 1)) {
        if (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1])) continue;
        var end = at + n.length;
        ranges.push([origin[at], end < folded.length ? origin[end] : text.length]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }

  var api = { Engine: Engine, compile: compile, stem: stem, hex: hex, matchRanges: matchRanges, needles: needles };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (typeof document === 'undefined' || !T) return;

  /* ---------- the page ---------- */

  var doc = document;
  var html = doc.documentElement;
  var siteRoot = html.getAttribute('data-root') || '';
  var uiLang = html.lang || '';
  var onSearchPage = html.getAttribute('data-kind') === 'search';
  var form = doc.querySelector('form[role=search]');
  var input = form && form.querySelector('input[type=search]');
  var box = doc.querySelector('[data-search-results]');
  if (!input || !box) return;

  var engine = new Engine(function (path, done) {
    var s = doc.createElement('script');
    s.src = siteRoot + path;
    s.onload = s.onerror = done;
    doc.head.appendChild(s);
  });
  root.HandbookSearch = { add: function (lang, kind, key, data) { engine.add(lang, kind, key, data); } };

  var label = function (name) { return box.getAttribute('data-label-' + name) || ''; };
  var params = new URLSearchParams(root.location.search);
  var state = { filter: params.get('lang') || '', seq: 0, timer: 0, loaded: false, waiting: [] };
  var filterBar = el('div', 'search-filter');
  var status = el('p', 'search-status');
  var list = el('ol', 'search-list');
  filterBar.setAttribute('role', 'group');
  filterBar.setAttribute('aria-label', label('filter'));
  list.setAttribute('aria-label', label('results'));
  status.setAttribute('role', 'status'); // the one live part: it says how many results, not every result again
  box.replaceChildren(filterBar, status, list);
  if (onSearchPage) {
    // The results are the search page's content: under its heading in <main>, not a panel of the sticky header.
    var main = doc.getElementById('main');
    if (main) main.appendChild(box);
  }

  function el(name, cls, text) {
    var e = doc.createElement(name);
    if (cls) e.className = cls;
    if (text !== undefined) e.appendChild(doc.createTextNode(text));
    return e;
  }

  function ensureIndex(then) {
    if (state.loaded) return then();
    state.waiting.push(then);
    if (state.waiting.length > 1) return;
    engine.ready(function () {
      state.loaded = true;
      if (engine.languageCodes().indexOf(state.filter) < 0) state.filter = ''; // unknown ?lang= means all
      buildFilter();
      state.waiting.splice(0).forEach(function (f) { f(); });
    });
  }

  function buildFilter() {
    var button = function (code, text, langAttr) {
      var b = el('button', 'search-filter-button', text);
      b.type = 'button';
      b.setAttribute('data-lang', code);
      if (langAttr) b.lang = langAttr;
      b.setAttribute('aria-pressed', String(code === state.filter));
      b.addEventListener('click', function () {
        state.filter = code;
        Array.prototype.forEach.call(filterBar.children, function (c) {
          c.setAttribute('aria-pressed', String(c.getAttribute('data-lang') === code));
        });
        remember();
        run();
      });
      filterBar.appendChild(b);
    };
    button('', label('all'));
    engine.languageCodes().forEach(function (code) { button(code, code.toUpperCase(), code); });
  }

  function show(visible) {
    box.hidden = !visible && !onSearchPage;
  }

  /* On the search page the address is the search, so it can be shared or bookmarked. */
  function remember() {
    if (!onSearchPage || !root.history || !root.history.replaceState) return;
    var address = '?q=' + encodeURIComponent(input.value) + (state.filter ? '&lang=' + encodeURIComponent(state.filter) : '');
    try { root.history.replaceState(null, '', address); } catch (e) { /* some browsers refuse it on file:// */ }
  }

  function run() {
    var query = input.value;
    var seq = ++state.seq;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      box.removeAttribute('aria-busy');
      show(false);
      return;
    }
    box.setAttribute('aria-busy', 'true');
    show(true);
    if (!state.loaded) status.textContent = label('loading');
    ensureIndex(function () {
      var langs = state.filter ? [state.filter] : engine.languageCodes();
      engine.searchMeant(query, langs, uiLang, retypings, function (results, retyped) {
        if (seq !== state.seq) return; // a newer query is running
        render(results, needles(compile(retyped || query)), retyped);
        box.removeAttribute('aria-busy');
      });
    });
  }

  /* What a query may have meant (search-retype.js, loaded the first time a query finds too little). */
  function retypings(query, keep, then) {
    engine.load(['assets/search-retype.js'], function () {
      then(root.HandbookRetype ? root.HandbookRetype.retypings(query, keep) : []);
    });
  }

  /* "Showing results for {query}": the query the results are for, isolated, for it may run the other way. */
  function retypedNotice(retyped) {
    var text = label('retyped');
    var at = text.indexOf('{query}');
    var shown = el('bdi', 'search-retyped', retyped);
    if (at < 0) return [doc.createTextNode(text + ' '), shown];
    return [doc.createTextNode(text.slice(0, at)), shown, doc.createTextNode(text.slice(at + 7))];
  }

  function render(results, marks, retyped) {
    if (retyped) status.replaceChildren.apply(status, retypedNotice(retyped));
    else if (!results.length) status.textContent = label('none');
    else status.textContent = label('count').replace('{count}', results.length.toLocaleString(uiLang || undefined));
    list.replaceChildren.apply(list, results.map(function (r, i) {
      var m = r.meta;
      var manifest = engine.manifests.get(r.lang);
      var a = el('a', 'search-result');
      a.href = siteRoot + m[1].replace(/^([^#]*\/)?(#|$)/, '$1index.html$2'); // like Urls.fromRoot: works from file://
      a.lang = r.lang;
      a.dir = manifest.dir;
      a.id = 'search-result-' + i;
      a.setAttribute('data-kind', m[0] === 'q' ? 'question' : m[0] === 't' ? 'topic' : 'section');
      var badge = el('span', 'search-badge', r.lang.toUpperCase());
      badge.lang = r.lang;
      a.appendChild(badge);
      a.appendChild(marked(el('span', 'search-title'), m[4], marks));
      // The path's arrows point the way its language reads.
      a.appendChild(el('span', 'search-path', [m[2]].concat(m[3]).join(manifest.dir === 'rtl' ? ' ‹ ' : ' › ')));
      if (m[5]) a.appendChild(marked(el('span', 'search-snippet'), around(m[5], marks), marks));
      var li = el('li');
      li.appendChild(a);
      return li;
    }));
  }

  /* The part of a snippet around its first match. */
  function around(text, marks) {
    var first = matchRanges(text, marks)[0];
    if (!first || first[0] < 100) return text;
    var start = text.lastIndexOf(' ', first[0] - 40);
    return '…' + text.slice(start < 0 ? first[0] - 40 : start + 1);
  }

  function marked(parent, text, marks) {
    var at = 0;
    matchRanges(text, marks).forEach(function (r) {
      if (r[0] > at) parent.appendChild(doc.createTextNode(text.slice(at, r[0])));
      parent.appendChild(el('mark', '', text.slice(r[0], r[1])));
      at = r[1];
    });
    if (at < text.length) parent.appendChild(doc.createTextNode(text.slice(at)));
    return parent;
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll('a[href]'));
  }

  function isTyping(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  input.addEventListener('focus', function () {
    ensureIndex(function () {});
    if (input.value.trim()) run(); // shows the results again after Escape or a click elsewhere
  });
  input.addEventListener('input', function () {
    clearTimeout(state.timer);
    box.setAttribute('aria-busy', 'true');
    state.timer = setTimeout(run, 180); // waits for a pause in typing: fewer index files loaded
    remember();
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0].focus();
    } else if (e.key === 'Escape') {
      show(false);
    }
  });
  box.addEventListener('keydown', function (e) {
    var all = links();
    var i = all.indexOf(doc.activeElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      var next = i + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus(); else all[Math.min(next, all.length - 1)].focus();
    } else if (e.key === 'Escape') {
      input.focus();
      show(false);
    }
  });
  doc.addEventListener('keydown', function (e) {
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  doc.addEventListener('click', function (e) {
    if (!onSearchPage && !form.contains(e.target) && !box.contains(e.target)) show(false);
  });
  form.addEventListener('submit', function (e) {
    if (onSearchPage) {
      e.preventDefault();
      run();
    }
  });

  var shared = params.get('q');
  if (shared) {
    input.value = shared;
    run();
  } else if (onSearchPage) {
    show(true);
  }
})(typeof window !== 'undefined' ? window : globalThis);
