package com.kpipulse.adapters.importing;

import java.io.IOException;

/** Data rows of a table, whether it came from delimited text or a workbook sheet. */
@FunctionalInterface
public interface RowSupplier {

    /** The next data row, or null at the end. */
    TableRow next() throws IOException;
}
