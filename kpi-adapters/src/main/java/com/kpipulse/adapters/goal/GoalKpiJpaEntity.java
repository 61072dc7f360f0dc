package com.kpipulse.adapters.goal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "goal_kpi")
public class GoalKpiJpaEntity {

    @Embeddable
    public record Key(@Column(name = "goal_id") UUID goalId, int position) implements Serializable {
    }

    /** A week's figure of a KPI phased by hand ({@code goal_kpi_phasing_part}). */
    @Embeddable
    public record PhasingPart(@Column(name = "week_start") LocalDate weekStart, BigDecimal value) {
    }

    @EmbeddedId
    public Key key;

    @MapsId("goalId")
    @ManyToOne
    @JoinColumn(name = "goal_id")
    public GoalJpaEntity goal;

    public String kpi;

    @Column(name = "target_kind")
    public String targetKind;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_baseline_start")
    public LocalDate targetBaselineStart;

    @Column(name = "target_baseline_end_exclusive")
    public LocalDate targetBaselineEndExclusive;

    @Column(name = "target_change")
    public BigDecimal targetChange;

    /** EVEN, SEASONAL or MANUAL. */
    public String phasing = "EVEN";

    @ElementCollection
    @CollectionTable(name = "goal_kpi_phasing_part", joinColumns = {
            @JoinColumn(name = "goal_id", referencedColumnName = "goal_id"),
            @JoinColumn(name = "position", referencedColumnName = "position")})
    @OrderBy("weekStart")
    public List<PhasingPart> phasingParts = new ArrayList<>();
}
