/*
 * HandbookRetype: what a query that found nothing may have meant, when it was typed with the wrong keyboard
 * layout or without the input method. search.js loads this script only then, and searches the first
 * retyping that finds something, saying so above the results.
 *
 * - Latin letters typed on the keys of the Persian standard layout (ISIRI 9147): "sghl" is "سلام".
 * - Persian letters typed on the keys of a Latin layout: "یتشدلخ" is "django".
 * - Vietnamese typed in Telex or VNI with the input method off: "vieejt", "vie65t" are "việt".
 */
(function (root) {
  'use strict';
  // Each key of a US layout and what the Persian standard layout puts on it; Shift only where it gives a letter.
  var PERSIAN_KEYS = {
    q: 'ض', w: 'ص', e: 'ث', r: 'ق', t: 'ف', y: 'غ', u: 'ع', i: 'ه', o: 'خ', p: 'ح', '[': 'ج', ']': 'چ',
    '\\': 'پ', a: 'ش', s: 'س', d: 'ی', f: 'ب', g: 'ل', h: 'ا', j: 'ت', k: 'ن', l: 'م', ';': 'ک', "'": 'گ',
    z: 'ظ', x: 'ط', c: 'ز', v: 'ر', b: 'ذ', n: 'د', m: 'پ', ',': 'و',
    H: 'آ', C: 'ژ', S: 'ئ', D: 'ي', Z: 'ك', M: 'ء', A: 'ؤ', G: 'أ', F: 'إ', J: 'ة'
  };
  var LATIN_KEYS = {};
  Object.keys(PERSIAN_KEYS).forEach(function (key) {
    if (/^[a-z]$/i.test(key)) LATIN_KEYS[PERSIAN_KEYS[key]] = key.toLowerCase();
  });
  LATIN_KEYS['ئ'] = 'm'; // the older Windows Persian layout has ئ where the standard has پ
  var ARABIC_SCRIPT = /\p{Script=Arabic}/u;
  var LATIN = /[a-z]/i;

  var VOWELS = 'aăâeêioôơuưy';
  var TONES = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
  var VNI_TONES = { 1: '\u0301', 2: '\u0300', 3: '\u0309', 4: '\u0303', 5: '\u0323' };
  var CIRCUMFLEX = { a: 'â', e: 'ê', o: 'ô' };
  var HORN = { o: 'ơ', u: 'ư' };
  var SHAPED = 'ăâêôơư';

  function isVowel(c) {
    return VOWELS.indexOf(c) >= 0;
  }

  /* The last position of a letter in the list, or -1. */
  function lastOf(letters, wanted) {
    for (var i = letters.length - 1; i >= 0; i--) if (wanted.indexOf(letters[i]) >= 0) return i;
    return -1;
  }

  /*
   * Where a syllable's tone mark goes: on its shaped vowel (the second of ươ), else on the only vowel, else on
   * the last vowel before a final consonant; at the end of the word on the second of oa, oe, uy and on the
   * first of other pairs, in the middle of three. The u of qu and the i of gi belong to the consonant.
   */
  function toneAt(letters) {
    var start = 0;
    if (letters.length > 2 && (letters[0] === 'q' && letters[1] === 'u' || letters[0] === 'g' && letters[1] === 'i')
        && isVowel(letters[2])) {
      start = 2;
    }
    var first = -1;
    var last = -1;
    for (var i = start; i < letters.length; i++) {
      if (isVowel(letters[i])) {
        if (first < 0) first = i;
        last = i;
      } else if (first >= 0) break;
    }
    if (first < 0) return -1;
    for (var k = last; k >= first; k--) if (SHAPED.indexOf(letters[k]) >= 0) return k;
    if (first === last) return first;
    if (last + 1 < letters.length) return last;
    var pair = letters[first] + letters[first + 1];
    if (last - first === 1) return pair === 'oa' || pair === 'oe' || pair === 'uy' ? last : first;
    return first + 1;
  }

  function withTone(letters, tone) {
    var at = tone ? toneAt(letters) : -1;
    if (at >= 0) letters[at] += tone;
    return letters.join('').normalize('NFC');
  }

  /* One word typed in Telex, as Vietnamese; null when no Telex key was used. */
  function telexWord(word) {
    var letters = [];
    var tone = '';
    var used = false;
    for (var i = 0; i < word.length; i++) {
      var c = word[i];
      var prev = letters[letters.length - 1];
      var vowelSeen = lastOf(letters, VOWELS) >= 0;
      if (CIRCUMFLEX[c] && prev === c) {
        letters[letters.length - 1] = CIRCUMFLEX[c];
      } else if (c === 'd' && prev === 'd' && letters.length === 1) {
        letters[0] = 'đ';
      } else if (c === 'w' && (prev === 'a' || HORN[prev])) {
        letters[letters.length - 1] = prev === 'a' ? 'ă' : HORN[prev];
        if (prev === 'o' && letters[letters.length - 2] === 'u') letters[letters.length - 2] = 'ư';
      } else if (c === 'w') {
        letters.push('ư');
      } else if (TONES[c] && vowelSeen) {
        tone = TONES[c];
      } else if (c === 'z' && vowelSeen) {
        tone = '';
      } else {
        letters.push(c);
        continue;
      }
      used = true;
    }
    return used ? withTone(letters, tone) : null;
  }

  /* One word typed in VNI (digits after the letters), as Vietnamese; null when no VNI digit was used. */
  function vniWord(word) {
    var letters = [];
    var tone = '';
    var used = false;
    for (var i = 0; i < word.length; i++) {
      var c = word[i];
      var at;
      if (VNI_TONES[c] && lastOf(letters, VOWELS) >= 0) {
        tone = VNI_TONES[c];
      } else if (c === '6' && (at = lastOf(letters, 'aeo')) >= 0) {
        letters[at] = CIRCUMFLEX[letters[at]];
      } else if (c === '7' && (at = lastOf(letters, 'ou')) >= 0) {
        letters[at] = HORN[letters[at]];
        if (letters[at] === 'ơ' && letters[at - 1] === 'u') letters[at - 1] = 'ư';
      } else if (c === '8' && (at = lastOf(letters, 'a')) >= 0) {
        letters[at] = 'ă';
      } else if (c === '9' && letters[0] === 'd') {
        letters[0] = 'đ';
      } else {
        letters.push(c);
        continue;
      }
      used = true;
    }
    return used ? withTone(letters, tone) : null;
  }

  /* A word with each run of ASCII letters and digits decoded by the word function, or null if none was. */
  function decodeRuns(token, decode) {
    var changed = false;
    var out = token.toLowerCase().replace(/[a-z0-9]+/g, function (run) {
      var decoded = /[a-z]/.test(run) ? decode(run) : null;
      if (decoded === null) return run;
      changed = true;
      return decoded;
    });
    return changed ? out : null;
  }

  /* Every character mapped by the table, or null when one has no key there. */
  function mapKeys(token, table) {
    var out = '';
    for (var i = 0; i < token.length; i++) {
      var c = token[i];
      if (/[0-9\u06F0-\u06F9.\/-]/.test(c)) out += c; // the same key on both layouts
      else if (own(table, c)) out += table[c];
      else if (own(table, c.toLowerCase())) out += table[c.toLowerCase()];
      else return null;
    }
    return out;
  }

  function own(table, key) {
    return Object.prototype.hasOwnProperty.call(table, key);
  }

  /* A word typed with the other layout: Latin keys as Persian letters, Persian letters as the Latin keys. */
  function otherLayout(token) {
    if (LATIN.test(token) && !ARABIC_SCRIPT.test(token)) return mapKeys(token, PERSIAN_KEYS);
    if (ARABIC_SCRIPT.test(token) && !LATIN.test(token)) {
      var latin = mapKeys(token, LATIN_KEYS);
      return latin !== null && /[a-z]/.test(latin) && /^[a-z0-9.\/-]+$/.test(latin) ? latin : null;
    }
    return null;
  }

  function telex(token) {
    return /^[\x21-\x7e]+$/.test(token) ? decodeRuns(token, telexWord) : null;
  }

  function vni(token) {
    return /^[\x21-\x7e]+$/.test(token) ? decodeRuns(token, vniWord) : null;
  }

  /*
   * What the query may have meant, most likely first; never the query itself, never twice the same. Each word is
   * read alone; keep(word) tells which to leave as typed (those that found something as they are).
   */
  function retypings(query, keep) {
    var typed = String(query).normalize('NFC');
    var parts = typed.split(/(\s+)/);
    var reading = function (convert) {
      var changed = false;
      var out = parts.map(function (part) {
        if (!part.trim() || (keep && keep(part))) return part;
        var converted = convert(part);
        if (converted === null || converted === part) return part;
        changed = true;
        return converted;
      }).join('');
      return changed ? out : null;
    };
    var seen = new Set([typed, typed.toLowerCase()]);
    return [reading(telex), reading(vni), reading(otherLayout)].filter(function (c) {
      if (c === null || !c.trim() || seen.has(c)) return false;
      seen.add(c);
      return true;
    });
  }

  var api = { retypings: retypings, telexWord: telexWord, vniWord: vniWord };
  root.HandbookRetype = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof window !== 'undefined' ? window : globalThis);
