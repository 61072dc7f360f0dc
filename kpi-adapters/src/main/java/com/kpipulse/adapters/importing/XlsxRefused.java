package com.kpipulse.adapters.importing;

import com.kpipulse.domain.text.Message;

import java.io.IOException;

/**
 * A workbook refused as a whole, with the reason a person reads: no workbook, a part that unpacks to more than a
 * workbook could hold or packed more tightly than a workbook is, a DTD, too many texts. An {@link IOException} so that
 * a part's stream can raise it in the middle of a read, when the bytes inflated pass the bound.
 */
final class XlsxRefused extends IOException {

    private final transient Message reason;

    XlsxRefused(Message reason) {
        this(reason, null);
    }

    /** With the reader's own exception as the cause, for the log; it never reaches a person. */
    XlsxRefused(Message reason, Throwable cause) {
        super(reason.kind().toString(), cause);
        this.reason = reason;
    }

    Message reason() {
        return reason;
    }
}
