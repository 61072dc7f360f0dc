package com.kpipulse.web.admin;

import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.text.Bundles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a button of a form with rows asks for ({@code action}): save, or add a row, remove one, move one up or down and
 * show the form again, unsaved, as typed. The page's script does the row changes in place; without it the buttons
 * submit the form, and this does them.
 */
public sealed interface RowAction {

    record Save() implements RowAction {
    }

    record Add() implements RowAction {
    }

    record Remove(int row) implements RowAction {
    }

    record Up(int row) implements RowAction {
    }

    record Down(int row) implements RowAction {
    }

    /** {@code save} (or nothing), {@code add}, or {@code remove:N}, {@code up:N}, {@code down:N} for a row N (0-based). */
    static RowAction of(String action, int rows) {
        if (action == null || action.isBlank() || action.equals("save")) {
            return new Save();
        }
        if (action.equals("add")) {
            return new Add();
        }
        int colon = action.indexOf(':');
        if (colon > 0 && action.length() - colon <= 6 && action.substring(colon + 1).chars().allMatch(Character::isDigit)
                && colon + 1 < action.length()) {
            int row = Integer.parseInt(action.substring(colon + 1));
            if (row < rows) {
                switch (action.substring(0, colon)) {
                    case "remove" -> {
                        return new Remove(row);
                    }
                    case "up" -> {
                        return new Up(row);
                    }
                    case "down" -> {
                        return new Down(row);
                    }
                    default -> {
                    }
                }
            }
        }
        String shown = InputProblem.excerpt(action);
        throw InvalidInput.of("action", "NOT_AN_ACTION",
                Bundles.both(AdminMessages.class, texts -> texts.refused_action(shown)));
    }

    /** The rows after this action ({@link Save} leaves them as they are). */
    default <T> List<T> applyTo(List<T> rows, Supplier<T> empty) {
        List<T> changed = new ArrayList<>(rows);
        switch (this) {
            case Save save -> {
            }
            case Add add -> changed.add(empty.get());
            case Remove remove -> changed.remove(remove.row());
            case Up up -> {
                if (up.row() > 0) {
                    Collections.swap(changed, up.row(), up.row() - 1);
                }
            }
            case Down down -> {
                if (down.row() < changed.size() - 1) {
                    Collections.swap(changed, down.row(), down.row() + 1);
                }
            }
        }
        return changed;
    }
}
