package com.kpipulse.web.review;

import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.review.ReviewId;
import jakarta.ws.rs.NotFoundException;

import java.util.UUID;

/** The review's parameters in a path: its id and an item's number; anything else names no review or item (404). */
final class ReviewParameters {

    private static final int MOST_DIGITS = 9;

    private ReviewParameters() {
    }

    static ReviewId id(String text) {
        String sent = text == null ? "" : text.strip();
        if (sent.length() != 36) {
            throw new NotFoundException("No review " + shown(text));
        }
        try {
            return new ReviewId(UUID.fromString(sent));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No review " + shown(text));
        }
    }

    static int item(String text) {
        String sent = text == null ? "" : text.strip();
        if (sent.isEmpty() || sent.length() > MOST_DIGITS || !sent.chars().allMatch(Character::isDigit)) {
            throw new NotFoundException("No item " + shown(text));
        }
        return Integer.parseInt(sent);
    }

    static String shown(String text) {
        return InputProblem.excerpt(text);
    }
}
