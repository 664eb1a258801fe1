/**
 * The report's only script, inline and hashed into the page's CSP: the search box and the kind and severity
 * filters hide consumer rows (and changes, groups and issue rows left empty); clicking a graph node searches for it.
 * It reads only `data-*` attributes and writes only `hidden`, classes and `textContent`: no markup is built.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var search = document.getElementById('search');
  var kindFilter = document.getElementById('kind-filter');
  var severityFilter = document.getElementById('severity-filter');
  var shownCount = document.getElementById('shown-count');
  var noMatch = document.getElementById('no-match');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.consumer'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.consumer-group'));
  var changes = Array.prototype.slice.call(document.querySelectorAll('details.change'));
  var leveled = Array.prototype.slice.call(document.querySelectorAll('tr[data-level]'));
  var nodes = Array.prototype.slice.call(document.querySelectorAll('.impact-graph .node'));

  function apply() {
    var query = search.value.trim().toLowerCase();
    var kind = kindFilter.value;
    var severity = severityFilter.value;
    var filtering = query !== '' || kind !== '' || severity !== '';
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (query === '' || row.dataset.search.indexOf(query) !== -1) &&
        (kind === '' || row.dataset.kind === kind) &&
        (severity === '' || row.dataset.severity === severity);
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelector('tr.consumer:not([hidden])') === null;
    });
    changes.forEach(function (change) {
      var hasRows = change.querySelector('tr.consumer:not([hidden])') !== null;
      var matchesAlone = query === '' && kind === '' && change.dataset.severity === severity;
      change.hidden = filtering && !hasRows && !matchesAlone;
    });
    leveled.forEach(function (row) {
      row.hidden = severity !== '' && row.dataset.level !== severity;
    });
    nodes.forEach(function (node) {
      node.classList.toggle('dimmed', query !== '' && node.dataset.search.toLowerCase().indexOf(query) === -1);
    });
    shownCount.textContent = shown + ' of ' + rows.length + ' consumers shown';
    noMatch.hidden = !(filtering && shown === 0);
  }

  function searchFor(node) {
    search.value = node.dataset.search;
    apply();
    search.focus();
  }

  search.addEventListener('input', apply);
  kindFilter.addEventListener('change', apply);
  severityFilter.addEventListener('change', apply);
  nodes.forEach(function (node) {
    node.addEventListener('click', function () { searchFor(node); });
    node.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); searchFor(node); }
    });
  });
  apply();
})();
`;
