// Tables marked data-sortable sort by a column when its heading's button is pressed: numbers by the cell's
// data-sort value (cells without one last), the first column by its text. The rows of tfoot (the total) stay put.
// Without this script the table is a plain table. Listens on the document, so tables swapped in by htmx sort too.
(function () {
    function prepare(root) {
        root.querySelectorAll('table[data-sortable]:not([data-sort-ready])').forEach(function (table) {
            table.setAttribute('data-sort-ready', '');
            var template = table.dataset.sortLabel || '@column';
            table.querySelectorAll('thead th').forEach(function (th, index) {
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'sc-sort';
                button.dataset.sortColumn = String(index);
                button.setAttribute('aria-label', template.replace('@column', th.textContent.trim()));
                button.textContent = '⇅';
                th.appendChild(button);
            });
        });
        root.querySelectorAll('[data-sort-hint]').forEach(function (hint) {
            hint.hidden = false;
        });
    }

    function key(row, index) {
        var cell = row.children[index];
        var value = cell ? cell.getAttribute('data-sort') : null;
        return value === null ? (cell ? cell.textContent.trim() : '') : value;
    }

    function sort(table, index) {
        var th = table.querySelectorAll('thead th')[index];
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        var numeric = th.dataset.sortType !== 'text';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
            var x = key(a, index);
            var y = key(b, index);
            if (numeric) {
                if (x === '' || y === '') {
                    return x === y ? 0 : (x === '' ? 1 : -1);
                }
                return ascending ? Number(x) - Number(y) : Number(y) - Number(x);
            }
            return ascending ? x.localeCompare(y) : y.localeCompare(x);
        });
        rows.forEach(function (row) {
            body.appendChild(row);
        });
        table.querySelectorAll('thead th').forEach(function (other) {
            other.removeAttribute('aria-sort');
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('button[data-sort-column]');
        var table = button && button.closest('table[data-sortable]');
        if (table) {
            sort(table, Number(button.dataset.sortColumn));
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        prepare(document);
    });
    document.addEventListener('htmx:afterSettle', function (event) {
        prepare(document);
    });
})();
