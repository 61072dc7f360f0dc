package com.kpipulse.adapters.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A custom KPI definition as read. */
@Entity
@Table(name = "custom_kpi")
public class CustomKpiJpaEntity {

    @Id
    public String code;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    public String formula;

    public String unit;

    public String direction;

    public String level;

    @Column(name = "kpi_group")
    public String group;

    @Column(name = "explanation_ru")
    public String explanationRu;

    @Column(name = "explanation_en")
    public String explanationEn;

    @Column(name = "defined_at")
    public Instant definedAt;

    /** Read only: {@link CustomKpiPersistenceAdapter} writes with statements that check and raise it. */
    @Column(insertable = false, updatable = false)
    public long version;
}
