package com.kpipulse.adapters.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An addendum to closed minutes as read; addenda are inserted by statement and never changed. */
@Entity
@Table(name = "weekly_review_addendum")
public class WeeklyReviewAddendumJpaEntity {

    @Id
    public Long id;

    @Column(name = "review_id")
    public UUID reviewId;

    public String author;

    @Column(name = "written_at")
    public Instant writtenAt;

    public String text;
}
