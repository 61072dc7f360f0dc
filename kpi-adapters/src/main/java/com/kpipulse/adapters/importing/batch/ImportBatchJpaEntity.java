package com.kpipulse.adapters.importing.batch;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "import_batch")
public class ImportBatchJpaEntity {

    @Id
    public UUID id;

    public String preset;

    @Column(name = "source_system")
    public String sourceSystem;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "imported_by")
    public String importedBy;

    @Column(name = "imported_at")
    public Instant importedAt;

    public String status;

    @Column(name = "row_count")
    public long rowCount;

    @Column(name = "observation_count")
    public long observationCount;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Column(name = "more_problems")
    public long moreProblems;

    /** What a stored import wrote (V29); null when it wrote nothing or was recorded before the store counted. */
    @Column(name = "values_added")
    public Long valuesAdded;

    @Column(name = "values_replaced")
    public Long valuesReplaced;

    @Column(name = "values_unchanged")
    public Long valuesUnchanged;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ImportProblemJpaEntity> problems = new ArrayList<>();
}
