// The language switch comes back to the address shown now, also after htmx changed it (period switcher, filters).
document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('#language-switch');
    if (link) {
        var url = new URL(link.href, window.location.href);
        url.searchParams.set('back', window.location.pathname + window.location.search);
        link.href = url.toString();
    }
});

// A link that loads a section in place (data-current-group) marks itself as the one shown, and the others of its
// group as not, as a full page load would.
document.addEventListener('htmx:afterRequest', function (event) {
    var link = event.detail.elt;
    var group = link && link.dataset ? link.dataset.currentGroup : null;
    if (group && event.detail.successful) {
        document.querySelectorAll('[data-current-group="' + group + '"][aria-current]').forEach(function (other) {
            other.removeAttribute('aria-current');
        });
        link.setAttribute('aria-current', 'true');
    }
});
