package com.kpipulse.adapters.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "annotation")
public class AnnotationJpaEntity {

    @Id
    public UUID id;

    public String kpi;

    public LocalDate day;

    public String channel;

    public String author;

    @Column(name = "written_at")
    public Instant writtenAt;

    public String body;
}
