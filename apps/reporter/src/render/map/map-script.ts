/**
 * The map page's only script, inline and hashed into the CSP: the filter box hides matrix rows (and tables left
 * without any) that do not mention the text; clicking a graph node selects it, lights its edges and filters the
 * matrix to it. It reads only `data-*` attributes and writes only `hidden`, classes, `value` and `textContent`.
 */
export const MAP_SCRIPT = `
(function () {
  'use strict';
  var search = document.getElementById('search');
  var shownCount = document.getElementById('shown-count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.matrix tr.column-row'));
  var heads = Array.prototype.slice.call(document.querySelectorAll('table.matrix tr.table-row'));
  var nodes = Array.prototype.slice.call(document.querySelectorAll('.system-graph .node'));
  var edges = Array.prototype.slice.call(document.querySelectorAll('.system-graph .edge'));

  function apply() {
    var query = search.value.trim().toLowerCase();
    var shown = 0;
    var tablesShown = {};
    rows.forEach(function (row) {
      var visible = query === '' || row.dataset.search.indexOf(query) !== -1;
      row.hidden = !visible;
      if (visible) { shown += 1; tablesShown[row.dataset.table] = true; }
    });
    heads.forEach(function (head) { head.hidden = !tablesShown[head.dataset.table]; });
    shownCount.textContent = shown + ' of ' + rows.length + ' columns shown';
  }

  function select(node) {
    var key = node.dataset.node;
    nodes.forEach(function (other) { other.classList.toggle('selected', other === node); });
    edges.forEach(function (edge) { edge.classList.toggle('lit', edge.dataset.from === key || edge.dataset.to === key); });
    search.value = node.dataset.search;
    apply();
  }

  search.addEventListener('input', apply);
  nodes.forEach(function (node) {
    node.addEventListener('click', function () { select(node); });
    node.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(node); }
    });
  });
  apply();
})();
`;
