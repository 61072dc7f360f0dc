// Setup forms. Without this script every button here submits its form and the server does the same (and keeps what
// was typed); with it, rows are added, removed and moved in place.

// Forms with rows ([data-rows], a <template data-row-template> for a new row): the buttons [data-row-action].
document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-row-action]');
    if (!button) {
        return;
    }
    var form = button.closest('form');
    var rows = form && form.querySelector('[data-rows]');
    if (!rows) {
        return;
    }
    var action = button.dataset.rowAction;
    var row = button.closest('[data-row]');
    event.preventDefault();
    if (action === 'add') {
        var template = form.querySelector('template[data-row-template]');
        var fresh = template.content.firstElementChild.cloneNode(true);
        rows.appendChild(fresh);
        var first = fresh.querySelector('input, select');
        if (first) {
            first.focus();
        }
    } else if (action === 'remove' && row) {
        var neighbour = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        var next = neighbour ? neighbour.querySelector('input, select') : form.querySelector('[data-row-action="add"]');
        if (next) {
            next.focus();
        }
    } else if (action === 'up' && row && row.previousElementSibling) {
        rows.insertBefore(row, row.previousElementSibling);
        button.focus();
    } else if (action === 'down' && row && row.nextElementSibling) {
        rows.insertBefore(row.nextElementSibling, row);
        button.focus();
    }
});

// A form that asks before it does something that cannot be undone (data-confirm: the question).
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
        event.preventDefault();
    }
});

// Codes listed beside a formula ([data-insert] with data-into: the field) go into it where the cursor is.
document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-insert]');
    var field = button && document.getElementById(button.dataset.into);
    if (!field) {
        return;
    }
    event.preventDefault();
    var start = field.selectionStart === null ? field.value.length : field.selectionStart;
    var end = field.selectionEnd === null ? start : field.selectionEnd;
    field.value = field.value.slice(0, start) + button.dataset.insert + field.value.slice(end);
    field.focus();
    field.setSelectionRange(start + button.dataset.insert.length, start + button.dataset.insert.length);
    field.dispatchEvent(new Event('change', {bubbles: true}));
});
