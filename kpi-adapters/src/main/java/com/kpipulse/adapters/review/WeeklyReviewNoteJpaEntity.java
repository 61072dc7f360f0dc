package com.kpipulse.adapters.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A note on a review's item as read; notes are inserted by statement and never changed. */
@Entity
@Table(name = "weekly_review_note")
public class WeeklyReviewNoteJpaEntity {

    @Id
    public Long id;

    @Column(name = "review_id")
    public UUID reviewId;

    public int item;

    public String author;

    @Column(name = "written_at")
    public Instant writtenAt;

    public String text;
}
