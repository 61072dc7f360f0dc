// Import screen: upload progress, and errors of htmx requests shown in the message area instead of nowhere.
(function () {
    var form = document.getElementById('import-form');
    var messages = document.getElementById('import-messages');
    if (!form || !messages) {
        return;
    }
    form.addEventListener('htmx:beforeRequest', function () {
        messages.textContent = '';
        document.getElementById('upload-progress').removeAttribute('value');
    });
    form.addEventListener('htmx:xhr:progress', function (event) {
        if (event.detail.lengthComputable && event.detail.total > 0) {
            document.getElementById('upload-progress').value = Math.round(event.detail.loaded * 100 / event.detail.total);
        }
    });
    function show(xhr) {
        var type = xhr && xhr.getResponseHeader('Content-Type') || '';
        if (xhr && type.indexOf('text/plain') === 0 && xhr.responseText) {
            messages.textContent = xhr.responseText;
        } else if (xhr && (xhr.status === 403 || xhr.status === 401)) {
            messages.textContent = messages.dataset.forbidden;
        } else {
            messages.textContent = messages.dataset.other;
        }
        messages.focus();
    }
    document.body.addEventListener('htmx:responseError', function (event) { show(event.detail.xhr); });
    document.body.addEventListener('htmx:sendError', function () { show(null); });
})();
