package com.kpipulse.application.review;

import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;

import java.util.List;
import java.util.Optional;

/** The checks of what a person sent about a review: texts, item numbers, sections, ratings. */
final class ReviewInput {

    private static final int MOST_DIGITS = 9;

    private ReviewInput() {
    }

    /** The text stripped, or empty with its problem added; a required text must say something. */
    static Optional<String> text(List<ReviewProblem> problems, String field, String text, int max,
                                 TextInput.Lines lines, boolean required) {
        Optional<InputProblem> unfit = TextInput.check(text, max, lines);
        if (unfit.isPresent()) {
            problems.add(ReviewProblem.of(field, unfit.get()));
            return Optional.empty();
        }
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(ReviewProblem.of(field, ReviewProblemKind.EMPTY_TEXT));
            }
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }

    /** A whole number of at most nine digits, or empty with {@code kind} added for {@code field}. */
    static Optional<Integer> number(List<ReviewProblem> problems, String field, String text, ReviewProblemKind kind) {
        String digits = text == null ? "" : text.strip();
        if (digits.isEmpty() || digits.length() > MOST_DIGITS || !digits.chars().allMatch(Character::isDigit)) {
            problems.add(ReviewProblem.of(field, kind, InputProblem.excerpt(text == null ? "" : text)));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }

    static boolean required(List<ReviewProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(ReviewProblem.of(field, InputProblem.of(InputProblemKind.REQUIRED)));
            return false;
        }
        return true;
    }
}
