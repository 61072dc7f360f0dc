// Import screen: upload progress, and errors of htmx requests shown in the message area instead of nowhere.
(function () {
    var form = document.getElementById('import-form');
    var messages = document.getElementById('import-messages');
    var bar = document.getElementById('upload-progress');
    var status = document.getElementById('upload-status');
    if (!form || !messages || !bar || !status) {
        return;
    }
    var initial = status.textContent;
    var number = new Intl.NumberFormat(document.documentElement.lang || 'ru', {minimumFractionDigits: 1, maximumFractionDigits: 1});
    function megabytes(bytes) {
        return number.format(bytes / (1024 * 1024));
    }
    // The bar follows the bytes of the upload itself (not of the answer): sent of total, then, once all is sent,
    // the rows the server has checked so far, which it reports under a key this page gives each request, until the
    // preview or the report arrives. Progress events come a few times a second and only change a value and a text,
    // so the page stays responsive however large the file.
    var key = null;
    var polling = null;
    function newKey() {
        var bytes = crypto.getRandomValues(new Uint8Array(16));
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
        return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
    }
    function stopPolling() {
        if (polling) {
            clearInterval(polling);
            polling = null;
        }
        key = null;
    }
    function pollRowsChecked(asked) {
        polling = setInterval(function () {
            fetch('/imports/progress/' + asked, {headers: {'Accept': 'text/plain'}, credentials: 'same-origin'})
                .then(function (answer) { return answer.ok ? answer.text() : null; })
                .then(function (text) {
                    if (text && key === asked) {
                        status.textContent = text;
                    }
                })
                .catch(function () { /* the next round asks again */ });
        }, 400);
    }
    form.addEventListener('htmx:configRequest', function (event) {
        stopPolling();
        key = newKey();
        event.detail.parameters.progress = key;
    });
    form.addEventListener('htmx:beforeRequest', function () {
        messages.textContent = '';
        bar.removeAttribute('value');
        status.textContent = initial;
    });
    form.addEventListener('htmx:afterRequest', stopPolling);
    form.addEventListener('htmx:beforeSend', function (event) {
        var upload = event.detail.xhr && event.detail.xhr.upload;
        if (!upload) {
            return;
        }
        upload.addEventListener('progress', function (progress) {
            if (!progress.lengthComputable || progress.total <= 0) {
                return;
            }
            var percent = Math.floor(progress.loaded * 100 / progress.total);
            bar.value = percent;
            status.textContent = status.dataset.sending + ' ' + megabytes(progress.loaded) + ' ' + status.dataset.of
                + ' ' + megabytes(progress.total) + ' ' + status.dataset.megabytes + ' (' + percent + ' %)';
        });
        var asked = key;
        upload.addEventListener('load', function () {
            bar.value = 100;
            status.textContent = status.dataset.checking;
            if (asked && asked === key) {
                pollRowsChecked(asked);
            }
        });
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
