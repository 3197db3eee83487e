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

  /* Words: {whole, parts} folded; see Tokenizer.java for the rules. */
  function words(text) {
    var nfc = String(text).normalize('NFC');
    segmenter = segmenter || new Intl.Segmenter('und', { granularity: 'word' });
    var segs = Array.from(segmenter.segment(nfc), function (s) {
      return { start: s.index, end: s.index + s.segment.length, wordLike: !!s.isWordLike };
    });
    var isGlue = function (s) {
      return !s.wordLike && s.end - s.start === 1 && GLUE.indexOf(nfc.charAt(s.start)) >= 0;
    };
    var out = [];
    var i = 0;
    while (i < segs.length) {
      if (!segs[i].wordLike) { i++; continue; }
      var j = i;
      while (j + 2 < segs.length && isGlue(segs[j + 1]) && segs[j + 2].wordLike) j += 2;
      var folded = fold(nfc.slice(segs[i].start, segs[j].end));
      // Word breaking keeps U+202F (narrow no-break space) inside a word; folding turns it into a space.
      folded.split(/\s+/u).forEach(function (piece) {
        if (LETTER_OR_NUMBER.test(piece)) out.push({ whole: piece, parts: parts(piece) });
      });
      i = j + 1;
    }
    return out;
  }

  function tokens(text) {
    var out = [];
    words(text).forEach(function (w) { out.push(w.whole); out.push.apply(out, w.parts); });
    return out;
  }

  var api = { fold: fold, tokens: tokens, words: words };
  if (root) root.HandbookText = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof window !== 'undefined' ? window : null);
