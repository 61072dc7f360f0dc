package com.kpipulse.adapters.importing;

import java.util.Arrays;

/**
 * Makes cells that repeat down a column one {@code String} instance. Exports repeat a few values over and over (the
 * date of a sorted file, channel and campaign names, currency codes): sharing them saves an allocation per cell, and
 * lets later steps recognise "same cell as the row before" by a cheap comparison.
 * <p>
 * Each of the first {@value #COLUMNS} columns has a small direct-mapped table of the cells last seen, so memory is
 * bounded whatever the file. A column whose cells hardly ever repeat (amounts, ids) stops being looked up after a
 * trial, so it costs nothing more than making its strings.
 */
final class RepeatedCells {

    static final int COLUMNS = 32;
    static final int SLOTS = 1024;
    static final int LONGEST = 64;
    /** A column that finds fewer than a quarter of its cells repeated in this many lookups is given up. */
    static final int TRIAL = 4096;

    private final Column[] columns = new Column[COLUMNS];

    /** The characters {@code from} to {@code to} of {@code chars}, as cell {@code column} of a record. */
    String cell(int column, char[] chars, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return "";
        }
        if (column >= COLUMNS || length > LONGEST) {
            return new String(chars, from, length);
        }
        Column cells = columns[column];
        if (cells == null) {
            cells = new Column();
            columns[column] = cells;
        }
        return cells.cell(chars, from, length);
    }

    private static final class Column {

        private final String[] slots = new String[SLOTS];
        /** Each slot's characters, compared with a cell's in one vectorised step rather than a character at a time. */
        private final char[][] slotChars = new char[SLOTS][];
        private int lookups;
        private int hits;
        private boolean givenUp;

        String cell(char[] chars, int from, int length) {
            if (givenUp) {
                return new String(chars, from, length);
            }
            int hash = 0;
            for (int i = from; i < from + length; i++) {
                hash = 31 * hash + chars[i];
            }
            int slot = (hash ^ (hash >>> 10) ^ (hash >>> 20)) & (SLOTS - 1);
            if (++lookups == TRIAL) {
                givenUp = hits < TRIAL / 4;
                lookups = 0;
                hits = 0;
            }
            char[] seen = slotChars[slot];
            if (seen != null && Arrays.equals(seen, 0, seen.length, chars, from, from + length)) {
                hits++;
                return slots[slot];
            }
            String cell = new String(chars, from, length);
            slots[slot] = cell;
            slotChars[slot] = Arrays.copyOfRange(chars, from, from + length);
            return cell;
        }
    }
}
