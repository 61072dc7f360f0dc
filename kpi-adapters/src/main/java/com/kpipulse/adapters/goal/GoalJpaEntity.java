package com.kpipulse.adapters.goal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A goal as read; see {@link GoalPersistenceAdapter} for why writes do not go through the entity. */
@Entity
@Table(name = "goal")
public class GoalJpaEntity {

    @Id
    public UUID id;

    public String title;

    public String objective;

    public String owner;

    @Column(name = "start_date")
    public LocalDate startDate;

    public LocalDate deadline;

    @Column(name = "baseline_start")
    public LocalDate baselineStart;

    @Column(name = "baseline_end_exclusive")
    public LocalDate baselineEndExclusive;

    @Column(name = "visible_to")
    public String visibleTo;

    /** Archived goals stay listed but set no targets (V15). */
    public boolean archived;

    /** Read only: writes go through {@link GoalPersistenceAdapter}'s statements, which check and raise it. */
    @Column(insertable = false, updatable = false)
    public long version;

    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<GoalKpiJpaEntity> kpis = new ArrayList<>();
}
