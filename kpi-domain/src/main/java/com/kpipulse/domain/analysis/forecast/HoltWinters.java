package com.kpipulse.domain.analysis.forecast;

/**
 * Holt–Winters exponential smoothing with a weekly season and additive errors (ETS(A,N,A), ETS(A,Ad,A), ETS(A,N,M),
 * ETS(A,Ad,M)): a level, a damped slope and seven weekday terms, each corrected by a share of the last day's error.
 * A day without data is predicted and passed over, the states carried on uncorrected.
 */
record HoltWinters(Seasonality seasonality, Trend trend, double alpha, double beta, double gamma, double phi) {

    static final int WEEK = 7;

    /** The states after some day: the level, the slope and the weekday terms, {@code season[k]} being k days ahead. */
    static final class State {
        double level;
        double slope;
        final double[] season;
        /** The index in {@code season} of the next day's term. */
        int next;

        State(double level, double slope, double[] season) {
            this.level = level;
            this.slope = slope;
            this.season = season.clone();
        }

        State copy() {
            State copy = new State(level, slope, season);
            copy.next = next;
            return copy;
        }
    }

    /** The forecast for the next day. */
    double predict(State state) {
        double base = state.level + phi * state.slope;
        double season = state.season[state.next];
        return seasonality == Seasonality.ADDITIVE ? base + season : base * season;
    }

    /** The forecast {@code h} days ahead (h ≥ 1), without changing the states. */
    double predict(State state, int h) {
        double damped = 0;
        double power = 1;
        for (int i = 0; i < h; i++) {
            power *= phi;
            damped += power;
        }
        double base = state.level + damped * state.slope;
        double season = state.season[(state.next + h - 1) % WEEK];
        return seasonality == Seasonality.ADDITIVE ? base + season : base * season;
    }

    /** Moves the states past one day whose value missed the forecast by {@code error} (0 for a day without data). */
    void update(State state, double error) {
        double base = state.level + phi * state.slope;
        double season = state.season[state.next];
        if (seasonality == Seasonality.ADDITIVE) {
            state.level = base + alpha * error;
            state.slope = phi * state.slope + beta * error;
            state.season[state.next] = season + gamma * error;
        } else {
            double safeSeason = Math.abs(season) < 1e-9 ? 1e-9 : season;
            double safeBase = Math.abs(base) < 1e-9 ? 1e-9 : base;
            state.level = base + alpha * error / safeSeason;
            state.slope = phi * state.slope + beta * error / safeSeason;
            state.season[state.next] = season + gamma * error / safeBase;
        }
        state.next = (state.next + 1) % WEEK;
    }

    /**
     * Runs the model over {@code values} (NaN: no data) from {@code start}, leaving {@code start} after the last day.
     * Each day's error counts times its {@code scale} (last year's shape, when the values were divided by it), so the
     * sum is that of the errors on the values as they were delivered.
     *
     * @return the sum of squared one-day-ahead errors over the days with data
     */
    double filter(double[] values, double[] scale, State start) {
        double squares = 0;
        for (int t = 0; t < values.length; t++) {
            double error = 0;
            if (!Double.isNaN(values[t])) {
                error = values[t] - predict(start);
                squares += error * error * scale[t] * scale[t];
            }
            update(start, error);
        }
        return squares;
    }

    int parameterCount() {
        return trend == Trend.DAMPED ? 4 : 2;
    }

    /** Parameters plus the initial level, slope and six free weekday terms, for the information criterion. */
    int freeCount() {
        return parameterCount() + 1 + (trend == Trend.DAMPED ? 1 : 0) + (WEEK - 1);
    }
}
