// gazette serve: reloads this page when a rebuild changes it, and shows build errors over it.
// Injected into every HTML page the preview serves; never part of the built site.
(() => {
  'use strict';
  const script = document.currentScript;
  const build = script ? script.dataset.build : '';
  const page = location.pathname;
  let overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
    document.documentElement.removeAttribute('data-gazette-problems');
  }

  function show(problems) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'gazette-problems';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('style', [
      'position:fixed', 'inset:0 0 auto 0', 'max-height:70vh', 'overflow:auto', 'z-index:2147483647',
      'margin:0', 'padding:16px 20px', 'background:#fff8f6', 'color:#1a1a1a', 'border-bottom:4px solid #b3261e',
      'box-shadow:0 4px 24px rgba(0,0,0,.25)', 'font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif',
      'text-align:left'].join(';'));
    const heading = document.createElement('h2');
    heading.textContent = problems.length === 1
      ? 'The site could not be rebuilt: 1 problem'
      : 'The site could not be rebuilt: ' + problems.length + ' problems';
    heading.setAttribute('style', 'margin:0 0 8px;font-size:18px;color:#b3261e');
    overlay.appendChild(heading);
    const list = document.createElement('ul');
    list.setAttribute('style', 'margin:0 0 8px;padding-left:20px');
    for (const problem of problems) {
      const item = document.createElement('li');
      const where = document.createElement('code');
      where.className = 'gazette-location';
      where.textContent = problem.file + (problem.line > 0 ? ':' + problem.line : '');
      where.setAttribute('style', 'font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:bold');
      item.appendChild(where);
      item.appendChild(document.createTextNode(' ' + problem.message));
      list.appendChild(item);
    }
    overlay.appendChild(list);
    const hint = document.createElement('p');
    hint.textContent = 'Fix the file and save it: this page updates by itself. Below is the last version that built.';
    hint.setAttribute('style', 'margin:0;color:#555;font-size:13px');
    overlay.appendChild(hint);
    document.body.appendChild(overlay);
    document.documentElement.setAttribute('data-gazette-problems', String(problems.length));
  }

  const source = new EventSource('/__gazette/events?page=' + encodeURIComponent(page) + '&build=' + encodeURIComponent(build));
  // An article renamed or re-dated while open: its page follows it to its new address.
  source.addEventListener('reload', (event) => {
    const to = event.data ? JSON.parse(event.data).to : undefined;
    if (to) location.assign(to); else location.reload();
  });
  source.addEventListener('problems', (event) => {
    const problems = JSON.parse(event.data);
    if (problems.length > 0) {
      show(problems);
    } else {
      hide();
    }
  });
  // EventSource reconnects by itself when the server restarts; the server then says whether to reload.
})();
