// Injected by `essaykit serve` only (never in `essaykit build`): reloads the tab when the site is rebuilt
// and shows the build's errors over the page, with their file:line:col, until they are fixed.
(() => {
  'use strict';
  const OVERLAY_ID = 'essaykit-errors';
  const STATUS_ID = 'essaykit-building';
  const self = document.currentScript;
  // The site version this page was served from; a different one from the server means the page is stale.
  let version = self ? self.dataset.version : null;

  function clearOverlay() {
    const overlay = document.getElementById(OVERLAY_ID);
    if (overlay) {
      overlay.remove();
    }
  }

  function element(tag, text, style) {
    const node = document.createElement(tag);
    if (text) {
      node.textContent = text;
    }
    if (style) {
      node.style.cssText = style;
    }
    return node;
  }

  // Diagnostics are text: built with textContent only, never parsed as HTML.
  function showOverlay(report) {
    clearOverlay();
    const overlay = element('div', null,
      'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.93);color:#f3f3f3;' +
      'font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:2rem;box-sizing:border-box');
    overlay.id = OVERLAY_ID;
    overlay.setAttribute('role', 'alert');
    const count = report.diagnostics.length;
    const title = element('h2', count === 1 ? 'The build has 1 error' : 'The build has ' + count + ' errors',
      'margin:0 0 .5rem;font-size:1.3rem;color:#ff8a80');
    const note = element('p', 'The last good version of the site is still served. Save a fix and this clears.',
      'margin:0 0 1.5rem;color:#bbb');
    const close = element('button', 'Hide', 'position:absolute;top:1rem;right:1rem;font:inherit;cursor:pointer');
    close.type = 'button';
    close.addEventListener('click', clearOverlay);
    overlay.append(title, note, close);
    const list = element('ol', null, 'margin:0;padding-left:1.5rem');
    for (const d of report.diagnostics) {
      const item = element('li', null, 'margin-bottom:1rem');
      item.className = 'essaykit-diagnostic';
      const where = element('div', d.file + ':' + d.line + ':' + d.column + ': ' + d.severity,
        'color:#ffcc80;font-weight:bold');
      where.className = 'essaykit-where';
      const message = element('div', d.message, 'white-space:pre-wrap');
      message.className = 'essaykit-message';
      item.append(where, message);
      if (d.hint) {
        item.append(element('div', 'hint: ' + d.hint, 'color:#a5d6a7;white-space:pre-wrap'));
      }
      list.append(item);
    }
    overlay.append(list);
    document.body.append(overlay);
  }

  // A slow rebuild under way (the site's simulations compiling): a small note, gone at the reload or the errors.
  function showStatus(text) {
    let status = document.getElementById(STATUS_ID);
    if (!status) {
      status = element('div', null, 'position:fixed;right:1rem;bottom:1rem;z-index:2147483647;padding:.5rem 1rem;' +
        'background:#14141a;color:#f3f3f3;border-radius:.4rem;font:14px/1.4 system-ui,sans-serif');
      status.id = STATUS_ID;
      status.setAttribute('role', 'status');
      document.body.append(status);
    }
    status.textContent = text;
  }

  function clearStatus() {
    const status = document.getElementById(STATUS_ID);
    if (status) {
      status.remove();
    }
  }

  function connect() {
    const events = new EventSource('/_essaykit/events');
    events.addEventListener('hello', (e) => {
      // First contact, or back after a restart or a dropped connection: reload if the site moved on.
      if (version !== null && version !== e.data) {
        location.reload();
      }
      version = e.data;
    });
    events.addEventListener('reload', () => location.reload());
    events.addEventListener('building', (e) => showStatus(e.data));
    events.addEventListener('errors', (e) => {
      clearStatus();
      showOverlay(JSON.parse(e.data));
    });
    events.addEventListener('clear', (e) => {
      version = e.data;
      clearStatus();
      clearOverlay();
    });
    events.addEventListener('error', () => {
      // The browser retries by itself while the stream is CONNECTING; a CLOSED stream needs a new one.
      if (events.readyState === EventSource.CLOSED) {
        setTimeout(connect, 1000);
      }
    });
  }

  connect();
})();
