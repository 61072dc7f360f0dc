package com.kpipulse.web.scorecard;

import com.kpipulse.domain.kpi.KpiValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A small server-drawn SVG line over the periods (oldest left). A period without a value breaks the line instead of
 * pretending a zero. A provisional period (its data do not cover it to the end) is drawn as such: the segment to it is
 * dashed ({@code provisionalPath}) and its point hollow, so a running week reads as "so far", not as a drop.
 * {@code path} and {@code provisionalPath} hold only numbers and path letters.
 *
 * @param lastHollow the last point is a provisional period's
 */
public record Sparkline(String path, String provisionalPath, boolean empty, String lastX, String lastY,
                        boolean lastHollow) {

    static final int WIDTH = 104;
    static final int HEIGHT = 24;
    private static final double PAD = 2;

    /** @param provisional one flag per value: whether its period is provisional */
    static Sparkline of(List<KpiValue> values, List<Boolean> provisional) {
        List<BigDecimal> numbers = values.stream().map(value -> value.number().orElse(null)).toList();
        double min = numbers.stream().filter(n -> n != null).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = numbers.stream().filter(n -> n != null).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double step = values.size() > 1 ? (WIDTH - 2 * PAD) / (values.size() - 1) : 0;
        var path = new StringBuilder();
        var dashed = new StringBuilder();
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
            String fromX = lastX;
            String fromY = lastY;
            lastX = coordinate(x);
            lastY = coordinate(y);
            boolean solid = !provisional.get(i) && (i == 0 || !provisional.get(i - 1));
            if (drawing && !solid) {
                dashed.append(dashed.isEmpty() ? "M" : " M").append(fromX).append(' ').append(fromY)
                        .append(" L").append(lastX).append(' ').append(lastY);
            }
            if (!provisional.get(i)) {
                path.append(drawing && solid ? " L" : (path.isEmpty() ? "M" : " M")).append(lastX).append(' ').append(lastY);
            }
            drawing = true;
        }
        boolean lastKnown = !numbers.isEmpty() && numbers.getLast() != null;
        return new Sparkline(path.toString(), dashed.toString(), path.isEmpty() && dashed.isEmpty() && !lastKnown,
                lastKnown ? lastX : "", lastKnown ? lastY : "", lastKnown && provisional.getLast());
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
