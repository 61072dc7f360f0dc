package com.kpipulse.web.scorecard;

import com.kpipulse.domain.kpi.KpiValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A small server-drawn SVG line over the periods (oldest left). A period without a value breaks the line instead of
 * pretending a zero. {@code path} holds only numbers and path letters.
 */
public record Sparkline(String path, boolean empty, String lastX, String lastY) {

    static final int WIDTH = 104;
    static final int HEIGHT = 24;
    private static final double PAD = 2;

    static Sparkline of(List<KpiValue> values) {
        List<BigDecimal> numbers = values.stream().map(value -> value.number().orElse(null)).toList();
        double min = numbers.stream().filter(n -> n != null).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = numbers.stream().filter(n -> n != null).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double step = values.size() > 1 ? (WIDTH - 2 * PAD) / (values.size() - 1) : 0;
        var path = new StringBuilder();
        boolean drawing = false;
        String lastX = "";
        String lastY = "";
        for (int i = 0; i < numbers.size(); i++) {
            BigDecimal number = numbers.get(i);
            if (number == null) {
                drawing = false;
                continue;
            }
            double x = PAD + i * step;
            double y = max == min ? HEIGHT / 2.0
                    : PAD + (max - number.doubleValue()) / (max - min) * (HEIGHT - 2 * PAD);
            lastX = coordinate(x);
            lastY = coordinate(y);
            path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M")).append(lastX).append(' ').append(lastY);
            drawing = true;
        }
        boolean lastKnown = !numbers.isEmpty() && numbers.getLast() != null;
        return new Sparkline(path.toString(), path.isEmpty(), lastKnown ? lastX : "", lastKnown ? lastY : "");
    }

    public boolean hasLastPoint() {
        return !lastX.isEmpty();
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
