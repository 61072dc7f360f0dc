package com.kpipulse.application.access;

import java.util.function.Function;

/**
 * What a reader gets when they ask for something: the thing, the news that there is no such thing, or a refusal
 * because their roles may not see it. Doors turn these into 200, 404 and 403; none of them decides on its own.
 */
public sealed interface Access<T> {

    record Granted<T>(T value) implements Access<T> {
    }

    record Unknown<T>() implements Access<T> {
    }

    record Denied<T>() implements Access<T> {
    }

    static <T> Access<T> granted(T value) {
        return new Granted<>(value);
    }

    static <T> Access<T> unknown() {
        return new Unknown<>();
    }

    static <T> Access<T> denied() {
        return new Denied<>();
    }

    /** The same refusal as an answer of another kind, for a use case that stops at it; never for a granted one. */
    default <R> Access<R> refusal() {
        return switch (this) {
            case Granted<T> granted -> throw new IllegalStateException("Access was granted, there is no refusal");
            case Unknown<T> unknown -> new Unknown<>();
            case Denied<T> denied -> new Denied<>();
        };
    }

    default <R> Access<R> map(Function<T, R> mapping) {
        return switch (this) {
            case Granted<T> granted -> new Granted<>(mapping.apply(granted.value()));
            case Unknown<T> unknown -> new Unknown<>();
            case Denied<T> denied -> new Denied<>();
        };
    }
}
