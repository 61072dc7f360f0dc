package com.kpipulse.domain.correction.effect;

/**
 * Student's t distribution, for intervals from a few weeks of data (with ten weeks the 90 % interval is ±1.81
 * standard errors, not the normal ±1.64). Its distribution function is written through the regularized incomplete
 * beta function (a continued fraction, evaluated by Lentz's method, as in Numerical Recipes §6.4); a quantile is found
 * by bisection, which is slow by the standards of a library and takes microseconds here.
 */
final class StudentT {

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
    private static final int LANCZOS_G = 7;
    private static final double TINY = 1e-300;
    private static final double PRECISION = 1e-15;
    private static final int MAXIMUM_TERMS = 300;

    private StudentT() {
    }

    /** The value below which a share {@code p} of the distribution lies. */
    static double quantile(double p, double degreesOfFreedom) {
        if (p <= 0 || p >= 1 || degreesOfFreedom < 1) {
            throw new IllegalArgumentException("A share strictly between 0 and 1 and at least one degree of freedom");
        }
        if (p == 0.5) {
            return 0;
        }
        if (p < 0.5) {
            return -quantile(1 - p, degreesOfFreedom);
        }
        double low = 0;
        double high = 1;
        while (distribution(high, degreesOfFreedom) < p) {
            low = high;
            high *= 2;
        }
        for (int step = 0; step < 100 && high - low > 1e-12 * high; step++) {
            double middle = (low + high) / 2;
            if (distribution(middle, degreesOfFreedom) < p) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** The share of the distribution below {@code t}. */
    static double distribution(double t, double degreesOfFreedom) {
        double tail = 0.5 * regularizedBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    private static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        return x < (a + 1) / (a + b + 2)
                ? front * continuedFraction(x, a, b) / a
                : 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double fraction = d;
        for (int m = 1; m <= MAXIMUM_TERMS; m++) {
            int twoM = 2 * m;
            double even = m * (b - m) * x / ((a - 1 + twoM) * (a + twoM));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            fraction *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + twoM) * (a + 1 + twoM));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double change = d * c;
            fraction *= change;
            if (Math.abs(change - 1) < PRECISION) {
                break;
            }
        }
        return fraction;
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }

    /** ln Γ(x) for x ≥ ½ by the Lanczos approximation (g = 7, nine terms): 15 digits. */
    private static double logGamma(double x) {
        double shifted = x - 1;
        double series = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            series += LANCZOS[i] / (shifted + i);
        }
        double t = shifted + LANCZOS_G + 0.5;
        return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
    }
}
