package com.kpipulse.web.review;

import java.util.List;
import java.util.Map;

/** What the review API takes, one record per request body. */
public final class ReviewRequestJson {

    private ReviewRequestJson() {
    }

    /** Start a review: the week ({@code 2026-W49}); none for the latest weekly cycle's week. */
    public record StartJson(String week) {
    }

    /** A note or an addendum. */
    public record TextJson(String text) {
    }

    /** A decision at the version of the decision read (0 while there is none). */
    public record DecisionJson(String text, Long version) {
    }

    /** The agenda's items in a new order, by number. */
    public record OrderJson(Long version, List<String> order) {
    }

    /** An item of the head's own: its section (1 to 6) and title. */
    public record AddItemJson(Long version, String section, String title) {
    }

    /** An item dropped ({@code dropped} true) or taken back. */
    public record DropJson(Long version, Boolean dropped) {
    }

    /** Who attended, by login. */
    public record AttendanceJson(Long version, List<String> present) {
    }

    /** The ratings of the meeting by login, 1 to 10. */
    public record CloseJson(Long version, Map<String, Object> ratings) {
    }
}
