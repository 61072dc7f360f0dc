package com.kpipulse.adapters.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "goal_kpi")
public class GoalKpiJpaEntity {

    @Embeddable
    public record Key(@Column(name = "goal_id") UUID goalId, int position) implements Serializable {
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
}
