package com.kpipulse.domain.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The phasing a goal KPI keeps: its method and, for {@link PhasingMethod#MANUAL}, the weekly figures typed by hand
 * (ordered by week). Whether those figures fit the goal (every week once, adding up to the target) is a SMART
 * finding, not a refusal here, so a draft can be shown with what is wrong about it.
 */
public record Phasing(PhasingMethod method, List<ManualPart> parts) {

    public static final Phasing EVEN = new Phasing(PhasingMethod.EVEN, List.of());
    public static final Phasing SEASONAL = new Phasing(PhasingMethod.SEASONAL, List.of());

    public Phasing {
        Objects.requireNonNull(method, "method");
        parts = parts.stream().sorted(Comparator.comparing(ManualPart::periodStart)).toList();
        if (method != PhasingMethod.MANUAL && !parts.isEmpty()) {
            throw new IllegalArgumentException("Only manual phasing has figures typed by hand, not " + method);
        }
    }

    public static Phasing manual(List<ManualPart> parts) {
        return new Phasing(PhasingMethod.MANUAL, parts);
    }

    /** EVEN or SEASONAL; manual phasing needs its parts ({@link #manual}). */
    public static Phasing of(PhasingMethod method) {
        return switch (method) {
            case EVEN -> EVEN;
            case SEASONAL -> SEASONAL;
            case MANUAL -> throw new IllegalArgumentException("Manual phasing needs its weekly parts");
        };
    }
}
