package com.kpipulse.adapters.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A closed review's frozen minutes as read; inserted once by statement and never changed. */
@Entity
@Table(name = "weekly_review_minutes")
public class WeeklyReviewMinutesJpaEntity {

    @Id
    @Column(name = "review_id")
    public UUID reviewId;

    @Column(name = "frozen_at")
    public Instant frozenAt;

    @Column(name = "markdown_ru")
    public String markdownRu;

    @Column(name = "markdown_en")
    public String markdownEn;
}
