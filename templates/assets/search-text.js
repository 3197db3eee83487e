/*
 * HandbookText: search folding and tokenizing in the browser. The same definition as the Java
 * classes dev.handbook.text.SearchFolding and Tokenizer; src/test/resources/text/folding-vectors.json
 * decides when they disagree. A plain script (no modules, no fetch) so it works from file://.
 */
(function (root) {
  'use strict';
  var MARKS = /\p{Mn}/gu;
  // ZWNJ, ZWJ, tatweel, soft hyphen, ALM, LRM, RLM, embeddings/overrides, isolates.
  var INVISIBLE = /[\u200C\u200D\u0640\u00AD\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
  var LETTERS = { '\u0111': 'd', '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9', '\u0629': '\u0647', '\u06D5': '\u0647' };
  // U+06D5 is what NFD leaves of the Persian U+06C0, which must fold to heh.
  var SPECIAL = /[\u0111\u064A\u0649\u0643\u0629\u06D5]/g;
  var DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;
  var LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
  var GLUE = '_.-+';
  var ONLY_SPACE = /^\p{White_Space}+$/u;
  var PERSIAN = /^(?:(?=\p{L})\p{Script=Arabic})+$/u; // every character an Arabic-script letter
  // Persian affixes written apart (DetachedAffixes.java), between spaces for indexOf.
  var SUFFIXES = ' ها های هایی تر ترین ام ات اش ای ایم اید اند ';
  var PREFIXES = ' می نمی ';
  var segmenter = null;

  /* The six steps of DESIGN.md "Text folding". */
  function fold(s) {
    return String(s).normalize('NFKC').toLowerCase()
      .normalize('NFD').replace(MARKS, '')
      .replace(SPECIAL, function (c) { return LETTERS[c]; })
      .replace(INVISIBLE, '')
      .replace(DIGITS, function (c) {
        var code = c.charCodeAt(0);
        return String(code >= 0x06F0 ? code - 0x06F0 : code - 0x0660);
      });
  }

  function parts(folded) {
    var out = [];
    var start = 0;
    var glued = false;
    for (var k = 0; k <= folded.length; k++) {
      if (k === folded.length || GLUE.indexOf(folded.charAt(k)) >= 0) {
        glued = glued || k < folded.length;
        var piece = folded.slice(start, k);
        if (LETTER_OR_NUMBER.test(piece)) out.push(piece);
        start = k + 1;
      }
    }
    return glued ? out : [];
  }

  /*
   * Joins a Persian affix written as a word to its word, as the ZWNJ form would (DetachedAffixes.java): a suffix
   * to the adjacent Persian word before it, a prefix to the one after it, if that word has two letters or more.
   * A Persian word is held until the next one shows whether it joins; emit(whole, [stem] or []) gets each word.
   */
  function affixJoiner(emit) {
    var held = null;
    var stem = null;
    var prefix = false;
    var flush = function () {
      if (held !== null) emit(held, stem === null ? [] : [stem]);
      held = stem = null;
      prefix = false;
    };
    var accept = function (word, adjacent) {
      if (!isPersian(word)) {
        flush();
        return emit(word, []);
      }
      if (held !== null && adjacent
          && (prefix ? word.length >= 2 : held.length >= 2 && SUFFIXES.indexOf(' ' + word + ' ') >= 0)) {
        if (prefix) stem = word; else if (stem === null) stem = held;
        held += word;
        prefix = false;
        return;
      }
      flush();
      held = word;
      prefix = PREFIXES.indexOf(' ' + word + ' ') >= 0;
    };
    return { accept: accept, flush: flush };
  }

  /*
   * Calls emit(whole, stem) for each word, folded, in order; stem is [the word a detached affix joined] or [].
   * See Tokenizer.java for the rules.
   */
  function eachWord(text, emit) {
    var nfc = String(text).normalize('NFC');
    segmenter = segmenter || new Intl.Segmenter('und', { granularity: 'word' });
    var segs = Array.from(segmenter.segment(nfc), function (s) {
      return { start: s.index, end: s.index + s.segment.length, wordLike: !!s.isWordLike };
    });
    var isGlue = function (s) {
      return !s.wordLike && s.end - s.start === 1 && GLUE.indexOf(nfc.charAt(s.start)) >= 0;
    };
    var affixes = affixJoiner(emit);
    var afterWord = false; // the last thing seen was a kept word, not a dropped one
    var lastEnd = 0;
    var i = 0;
    while (i < segs.length) {
      if (!segs[i].wordLike) { i++; continue; }
      var j = i;
      while (j + 2 < segs.length && isGlue(segs[j + 1]) && segs[j + 2].wordLike) j += 2;
      var adjacent = afterWord && ONLY_SPACE.test(nfc.slice(lastEnd, segs[i].start));
      var folded = fold(nfc.slice(segs[i].start, segs[j].end));
      // Word breaking keeps U+202F (narrow no-break space) inside a word; folding turns it into a space.
      // The pieces are adjacent; an empty one (a space at an end) separates like a dropped word.
      folded.split(/\s+/u).forEach(function (piece) {
        afterWord = LETTER_OR_NUMBER.test(piece);
        if (afterWord) affixes.accept(piece, adjacent);
        adjacent = afterWord;
      });
      lastEnd = segs[j].end;
      i = j + 1;
    }
    affixes.flush();
  }

  /* Words: {whole, parts} folded; parts are an identifier's pieces or the word a detached affix joined. */
  function words(text) {
    var out = [];
    eachWord(text, function (whole, stem) {
      out.push({ whole: whole, parts: stem.length ? stem : parts(whole) });
    });
    return out;
  }

  /* Each word's whole form then its parts; a joined word's stem first, then the joined word (Tokenizer.tokens). */
  function tokens(text) {
    var out = [];
    eachWord(text, function (whole, stem) {
      if (stem.length) {
        out.push.apply(out, stem);
        out.push(whole);
      } else {
        out.push(whole);
        out.push.apply(out, parts(whole));
      }
    });
    return out;
  }

  /* A folded word whose characters are all Arabic-script letters. */
  function isPersian(word) {
    return PERSIAN.test(word);
  }

  var api = { fold: fold, tokens: tokens, words: words, isPersian: isPersian };
  if (root) root.HandbookText = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof window !== 'undefined' ? window : null);
