package com.kpipulse.application.importing;

import com.kpipulse.application.measure.ObservationRow;

/** Receives what a preset reads, row by row, in file order. */
public interface RowSink {

    void accept(ObservationRow row);

    void reject(RowProblem problem);
}
