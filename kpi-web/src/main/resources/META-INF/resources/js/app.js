// The language switch comes back to the address shown now, also after htmx changed it (period switcher, filters).
document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('#language-switch');
    if (link) {
        var url = new URL(link.href, window.location.href);
        url.searchParams.set('back', window.location.pathname + window.location.search);
        link.href = url.toString();
    }
});
