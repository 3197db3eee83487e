/* Reading features: theme, phone navigation, table-of-contents highlight, study mode with hidden answers
   and "known" cards, copy buttons, printing. Loaded as a file (never inline) so pages work under
   Content-Security-Policy: default-src 'self'. Everything here is an enhancement: without it every
   answer is shown, the navigation sits above the text on phones and the page still reads well. */
(function () {
  'use strict';
  var root = document.documentElement;
  var THEME_KEY = 'handbook-theme';

  function store(key, value) {
    try {
      if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, value); }
    } catch (e) { /* storage can be disabled; the page still works */ }
  }
  function load(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function loadSet(key) {
    try {
      var value = JSON.parse(load(key) || '{}');
      return value && typeof value === 'object' ? value : {};
    } catch (e) { return {}; }
  }
  function each(selector, action, scope) {
    Array.prototype.forEach.call((scope || document).querySelectorAll(selector), action);
  }

  // Applied before the body is parsed, so a remembered theme does not flash.
  var savedTheme = load(THEME_KEY);
  if (savedTheme === 'dark' || savedTheme === 'light') { root.setAttribute('data-theme', savedTheme); }
  root.classList.add('js');

  var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function currentTheme() {
    return root.getAttribute('data-theme') || (systemDark && systemDark.matches ? 'dark' : 'light');
  }

  function setupTheme() {
    var button = document.querySelector('.theme-toggle');
    if (!button) { return; }
    button.hidden = false;
    var sync = function () { button.setAttribute('aria-pressed', currentTheme() === 'dark' ? 'true' : 'false'); };
    sync();
    if (systemDark && systemDark.addEventListener) { systemDark.addEventListener('change', sync); }
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      store(THEME_KEY, next);
      sync();
    });
  }

  function setupNavigation() {
    var button = document.querySelector('.nav-toggle');
    var nav = document.getElementById('site-nav');
    var header = document.querySelector('.site-header');
    if (!button || !nav) { return; }
    button.hidden = false;
    function setOpen(open, returnFocus) {
      if (open && header) {
        // The drawer starts where the header ends, however many rows the header wrapped into.
        root.style.setProperty('--nav-top', Math.max(0, header.getBoundingClientRect().bottom) + 'px');
      }
      nav.classList.toggle('is-open', open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open) {
        var target = nav.querySelector('a[aria-current="page"]') || nav.querySelector('a');
        if (target) { target.focus(); }
      } else if (returnFocus) {
        button.focus();
      }
    }
    button.addEventListener('click', function () { setOpen(!nav.classList.contains('is-open'), false); });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && nav.classList.contains('is-open')) { setOpen(false, true); }
    });
    document.addEventListener('click', function (event) {
      if (nav.classList.contains('is-open') && !nav.contains(event.target) && !button.contains(event.target)) {
        setOpen(false, false);
      }
    });
    nav.addEventListener('click', function (event) {
      if (event.target.closest && event.target.closest('a')) { setOpen(false, false); }
    });
    // Tabbing out of the open drawer closes it, so focus never lands in the shaded page behind it.
    nav.addEventListener('focusout', function (event) {
      var next = event.relatedTarget;
      if (nav.classList.contains('is-open') && next && !nav.contains(next) && !button.contains(next)) {
        setOpen(false, false);
      }
    });
  }

  /**
   * Anchored headings land below the sticky header however many rows it wrapped into: the header's height is
   * measured into --header-offset, which the scroll padding and the sticky offsets use.
   */
  function setupHeaderHeight() {
    // The bar, not the whole header: the search results open below the bar, inside the header, over the page.
    var bar = document.querySelector('.site-header .header-bar');
    if (!bar || !('ResizeObserver' in window)) { return; }
    new ResizeObserver(function () {
      root.style.setProperty('--header-offset', bar.getBoundingClientRect().height + 'px');
    }).observe(bar);
  }

  /**
   * Marks the table-of-contents entry of the section being read: the last heading above the top 40 % of the
   * window, or the last one once the page is scrolled to its end (a short last section never reaches that line).
   */
  function setupTocHighlight() {
    var links = [];
    var headings = [];
    Array.prototype.forEach.call(document.querySelectorAll('.page-toc a[href^="#"]'), function (link) {
      var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (target) { links.push(link); headings.push(target); }
    });
    if (headings.length === 0) { return; }
    var pending = false;
    function update() {
      pending = false;
      var line = window.innerHeight * 0.4;
      var atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      var current = atEnd ? headings.length - 1 : 0;
      for (var i = 0; !atEnd && i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= line) { current = i; }
      }
      links.forEach(function (link, k) { link.classList.toggle('is-active', k === current); });
    }
    function schedule() {
      if (!pending) { pending = true; window.requestAnimationFrame(update); }
    }
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    update();
  }

  function pageKey() {
    // The same key from a server and from disk: the path below the site root.
    var path = location.pathname.replace(/index\.html$/, '');
    var depth = (root.getAttribute('data-root') || '').split('../').length - 1;
    var parts = path.split('/').filter(function (p) { return p.length > 0; });
    return parts.slice(Math.max(0, parts.length - depth)).join('/');
  }

  /**
   * Study mode on a chapter: "hide all answers" to quiz yourself, one answer opened at a time, and
   * "I know this" on each card. Which answers are hidden and which cards are known is remembered per page.
   */
  function setupStudyMode() {
    var bar = document.querySelector('.study-bar');
    var cards = Array.prototype.slice.call(document.querySelectorAll('.content .qbox'));
    if (!bar || cards.length === 0) { return; }
    var controls = bar.querySelector('.study-controls');
    var toggle = bar.querySelector('.study-toggle');
    var progress = bar.querySelector('.study-progress');
    controls.hidden = false;
    var knownKey = 'handbook-known:' + pageKey();
    var hiddenKey = 'handbook-hidden:' + pageKey();
    var known = loadSet(knownKey);
    var hidden = loadSet(hiddenKey);
    var format = new Intl.NumberFormat(root.lang);
    var meter = document.createElement('progress');
    meter.className = 'study-meter';
    meter.max = cards.length;
    meter.setAttribute('aria-hidden', 'true');
    progress.parentNode.insertBefore(meter, progress);

    function updateProgress() {
      var count = cards.filter(function (card) { return known[card.id]; }).length;
      meter.value = count;
      progress.textContent = format.format(count) + ' / ' + format.format(cards.length) + ' ' +
        progress.getAttribute('data-label-known');
    }

    cards.forEach(function (card) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'qbox-known';
      button.textContent = progress.getAttribute('data-label-mark');
      var sync = function () {
        var isKnown = !!known[card.id];
        button.setAttribute('aria-pressed', isKnown ? 'true' : 'false');
        card.classList.toggle('is-known', isKnown);
      };
      button.addEventListener('click', function () {
        if (known[card.id]) { delete known[card.id]; } else { known[card.id] = 1; }
        store(knownKey, JSON.stringify(known));
        sync();
        updateProgress();
      });
      sync();
      card.appendChild(button);
    });
    updateProgress();

    var answers = cards.map(function (card) { return card.querySelector('details.qbox-a'); })
      .filter(function (d) { return d; });
    function cardOf(details) { return details.closest('.qbox'); }
    function allOpen() { return answers.every(function (d) { return d.open; }); }
    function syncToggle() {
      toggle.textContent = allOpen() ? toggle.getAttribute('data-hide') : toggle.getAttribute('data-show');
    }
    function remember() {
      hidden = {};
      answers.forEach(function (d) { if (!d.open) { hidden[cardOf(d).id] = 1; } });
      store(hiddenKey, Object.keys(hidden).length ? JSON.stringify(hidden) : null);
    }
    if (answers.length === 0) { toggle.hidden = true; }
    answers.forEach(function (d) { if (hidden[cardOf(d).id]) { d.open = false; } });
    toggle.addEventListener('click', function () {
      var open = !allOpen();
      answers.forEach(function (d) { d.open = open; });
      syncToggle();
      remember();
    });
    answers.forEach(function (d) {
      // "toggle" fires asynchronously, also for the restore above: storing the same state again is harmless.
      d.addEventListener('toggle', function () { syncToggle(); remember(); });
    });
    syncToggle();
  }

  function setupCopyButtons() {
    var copyText = document.body.getAttribute('data-label-copy') || 'Copy';
    var copiedText = document.body.getAttribute('data-label-copied') || 'Copied';
    each('pre.code', function (pre) {
      // The button sits in a wrapper, so it stays in its corner while the code scrolls sideways.
      var wrap = document.createElement('div');
      wrap.className = 'code-block';
      pre.parentNode.insertBefore(wrap, pre);
      wrap.appendChild(pre);
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.textContent = copyText;
      button.addEventListener('click', function () {
        var code = pre.querySelector('code') || pre;
        var done = function () {
          button.textContent = copiedText;
          setTimeout(function () { button.textContent = copyText; }, 1500);
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(code.textContent).then(done, function () { selectText(code); });
        } else {
          selectText(code);
        }
      });
      wrap.appendChild(button);
    });
    markScrollable();
    window.addEventListener('resize', markScrollable);
  }

  /** Without clipboard access (file://, old browsers) the code is selected for the reader to copy. */
  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /** Code that scrolls sideways must be reachable by keyboard to be scrolled. */
  function markScrollable() {
    each('pre.code', function (pre) {
      if (pre.scrollWidth > pre.clientWidth + 1) {
        pre.setAttribute('tabindex', '0');
      } else {
        pre.removeAttribute('tabindex');
      }
    });
  }

  function setupPrinting() {
    var closed = [];
    window.addEventListener('beforeprint', function () {
      closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
      closed.forEach(function (d) { d.open = true; });
    });
    window.addEventListener('afterprint', function () {
      closed.forEach(function (d) { d.open = false; });
      closed = [];
    });
    each('.print-button', function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
  }

  function start() {
    setupTheme();
    setupNavigation();
    setupHeaderHeight();
    setupTocHighlight();
    setupStudyMode();
    setupCopyButtons();
    setupPrinting();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
