package com.kpipulse.domain.measure;

import com.kpipulse.domain.text.Notation;
import com.kpipulse.domain.text.Texts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which dimension values to include, e.g. {@code channel in (vk, telegram)}. A dimension that is
 * not mentioned is not filtered. An observation that lacks a filtered dimension is excluded (a
 * market-volume figure has no channel, so it is not part of "channel = vk").
 */
public record DimensionSelection(Map<String, Set<String>> allowedValues) {

    public DimensionSelection {
        Objects.requireNonNull(allowedValues, "allowedValues");
        var copy = new LinkedHashMap<String, Set<String>>();
        allowedValues.forEach((dimension, values) -> {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("Dimension " + dimension + " is filtered to no value at all");
            }
            copy.put(dimension, Set.copyOf(values));
        });
        allowedValues = Map.copyOf(copy);
    }

    public static DimensionSelection all() {
        return new DimensionSelection(Map.of());
    }

    public static DimensionSelection where(String dimension, String... values) {
        return all().and(dimension, values);
    }

    public DimensionSelection and(String dimension, String... values) {
        var copy = new LinkedHashMap<>(allowedValues);
        copy.put(dimension, Set.of(values));
        return new DimensionSelection(copy);
    }

    /** A plain loop: every value an evaluation reads passes here. */
    public boolean accepts(Map<String, String> dimensions) {
        for (Map.Entry<String, Set<String>> filter : allowedValues.entrySet()) {
            String value = dimensions.get(filter.getKey());
            if (value == null || !filter.getValue().contains(value)) {
                return false;
            }
        }
        return true;
    }

    public boolean isAll() {
        return allowedValues.isEmpty();
    }

    /**
     * Which figures these are, for a reader: "по выбранным каналам" / "for the chosen channels" (the page around names
     * them), or "" when nothing is filtered. Codes never reach a reader; other dimensions as {@link #describe()}.
     */
    public String describe(Locale locale) {
        return allowedValues.entrySet().stream().map(filter -> switch (filter.getKey()) {
            case "channel" -> Texts.render(Notation.CHOSEN_CHANNELS.key(), locale);
            case "campaign" -> Texts.render(Notation.CHOSEN_CAMPAIGNS.key(), locale);
            default -> filter.getKey() + " = " + String.join(", ", filter.getValue().stream().sorted().toList());
        }).collect(Collectors.joining("; "));
    }

    /** "channel = vk, telegram", or "" when nothing is filtered: for logs and tests. */
    public String describe() {
        return allowedValues.entrySet().stream()
                .map(filter -> filter.getKey() + " = " + String.join(", ", filter.getValue().stream().sorted().toList()))
                .collect(Collectors.joining("; "));
    }
}
