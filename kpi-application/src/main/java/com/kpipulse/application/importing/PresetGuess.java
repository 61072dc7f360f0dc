package com.kpipulse.application.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Guesses the preset of an upload from its name and first bytes, for the "auto-detect" choice of the import screen.
 * A guess only: the user sees it in the preview and may pick another preset; when nothing fits it is
 * {@value #FALLBACK}, whose mapping the user edits.
 */
public final class PresetGuess {

    public static final String FALLBACK = "generic";
    /** How much of the file the guess looks at. */
    public static final int HEAD_BYTES = 8192;

    private record Rule(String preset, Predicate<Head> matches) {
    }

    private record Head(String name, String text) {
        boolean named(String... endings) {
            for (String ending : endings) {
                if (name.endsWith(ending)) {
                    return true;
                }
            }
            return false;
        }

        boolean has(String... parts) {
            for (String part : parts) {
                if (!text.contains(part.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }

        boolean json() {
            String start = text.stripLeading();
            return named(".json") || start.startsWith("{") || start.startsWith("[");
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("ga4-json", head -> head.json() && head.has("\"dimensionheaders\"")),
            new Rule("metrica-report-json", head -> head.json() && head.has("\"query\"", "\"data\"")),
            new Rule("amocrm-leads-json", head -> head.json() && head.has("\"_embedded\"")),
            new Rule("bitrix24-deals-json", head -> head.json() && head.has("\"stage_semantic_id\"")),
            new Rule("vk-ads-json", head -> head.json() && head.has("\"items\"", "\"base\"")),
            new Rule("metrica-logs-tsv", head -> head.has("ym:s:")),
            new Rule("direct-api-tsv", head -> head.has("campaignname") && head.text().contains("\t")
                    || head.has("total rows:")),
            new Rule("ga4-csv", head -> head.text().startsWith("#") && head.has("# start date:")),
            new Rule("google-ads-api-csv", head -> head.has("cost_micros")),
            new Rule("google-ads-ui-csv", head -> head.has("impr.") || head.has("currency code", "cost")),
            new Rule("hubspot-deals-csv", head -> head.has("deal stage") || head.has("property_amount")),
            new Rule("direct-ui-csv", head -> head.has("расход (") || head.has("мастер отчётов")
                    || head.has("статистика по") && head.text().contains(";")),
            new Rule("metrica-report-csv", head -> head.has("итого и средние") || head.has("totals and averages")
                    || head.has("визиты") && head.has("отказы")));

    private PresetGuess() {
    }

    /**
     * The preset id that most likely reads this file.
     *
     * @param fileName the name as uploaded, may be null
     * @param head     the first bytes of the file (up to {@link #HEAD_BYTES}; fewer is fine)
     * @param known    the preset ids that exist; a guess outside them falls back to {@value #FALLBACK}
     */
    public static String of(String fileName, byte[] head, List<String> known) {
        Head sample = new Head(fileName == null ? "" : fileName.toLowerCase(Locale.ROOT), decode(head));
        return RULES.stream()
                .filter(rule -> known.contains(rule.preset()) && rule.matches().test(sample))
                .map(Rule::preset)
                .findFirst()
                .orElse(FALLBACK);
    }

    private static String decode(byte[] head) {
        if (head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)) {
            return new String(head, StandardCharsets.UTF_16LE).toLowerCase(Locale.ROOT);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.contains("\uFFFD")) {
            text = new String(head, java.nio.charset.Charset.forName("windows-1251"));
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
