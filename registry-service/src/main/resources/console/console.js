// Progressive enhancement only: every page works without this file.
// Adds "expand all" and "collapse all" to the schema tree.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('details.tree-box').forEach(function (box) {
    var bar = document.createElement('p');
    [['Expand all', true], ['Collapse all', false]].forEach(function (pair) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = pair[0];
      button.addEventListener('click', function () {
        box.querySelectorAll('ul.tree details').forEach(function (d) { d.open = pair[1]; });
      });
      bar.appendChild(button);
      bar.appendChild(document.createTextNode(' '));
    });
    box.insertBefore(bar, box.children[1]);
  });
});
