/* Live reload for `handbook serve` only (the dev server adds it to the pages it sends; no build copies it).
   Listens to the server's event stream and reloads the page after every rebuild; a rebuild that fails makes
   the server answer with the error page, and the next good one brings the page back. Search and print pages
   also reload when the search index and print pages catch up with a save that rebuilt one page. */
(function () {
  'use strict';
  if (typeof EventSource === 'undefined') { return; }
  var html = document.documentElement;
  var source = new EventSource((html.getAttribute('data-root') || '') + '__handbook/events');
  var seen = null;

  // The page says whether it follows the server (for styles and tests): connected, or waiting to reconnect.
  source.addEventListener('open', function () { html.setAttribute('data-live-reload', 'connected'); });
  source.addEventListener('error', function () { html.setAttribute('data-live-reload', 'waiting'); });

  function reload() {
    source.close();
    window.location.reload();
  }

  // On every (re)connection the server says which build it serves: a different one means this page is stale.
  source.addEventListener('hello', function (event) {
    if (seen !== null && seen !== event.data) { reload(); return; }
    seen = event.data;
  });
  source.addEventListener('reload', function (event) {
    seen = event.data;
    reload();
  });
  // After a save that rebuilt one page, the search index and print pages are written a moment later.
  source.addEventListener('index', function () {
    var kind = html.getAttribute('data-kind');
    if (kind === 'search' || kind === 'print') { reload(); }
  });
})();
