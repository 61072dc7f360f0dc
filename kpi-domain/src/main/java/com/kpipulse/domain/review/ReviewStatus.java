package com.kpipulse.domain.review;

/** A weekly review is open while the department goes through it; closed, its minutes are frozen. */
public enum ReviewStatus {
    OPEN, CLOSED
}
