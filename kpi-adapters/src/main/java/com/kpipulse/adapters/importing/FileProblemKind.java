package com.kpipulse.adapters.importing;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * What the presets find wrong with a file's shape and cells: bytes that are not text, a header that is not there,
 * lines of another width, cells that are not numbers, dates or durations, repeated rows, a JSON document that is not
 * the API's response. Sentences under {@code file.<kind>} in the texts bundle; a cell is quoted by its
 * {@link com.kpipulse.domain.input.InputProblem#excerpt excerpt}, never whole, and a reader's exception never speaks.
 */
public enum FileProblemKind implements MessageKind {
    /** A ZIP archive where text was expected. */
    ZIP_NOT_TEXT,
    /** Zero bytes in the first kilobytes: binary. */
    ZERO_BYTES,
    /** Too many control characters: binary. */
    BINARY,
    /** {0} the columns a header must have. */
    EMPTY_TABLE,
    /** {0} the columns the line closest to a header lacks. */
    MISSING_COLUMN,
    /** {0} how many lines were searched, {1} the columns a header must have. */
    NO_HEADER,
    /** As {@link #NO_HEADER}, for a file read as Windows-1251. */
    NO_HEADER_WINDOWS_1251,
    /** {0} the encoding the file was read in. */
    UNDECODABLE_BYTES,
    /** A quoted value runs to the end of the file. */
    UNCLOSED_QUOTE,
    /** {0} the header's delimiter, {1} this line's (both named in words). */
    MIXED_DELIMITERS,
    /** {0} the fields of the line, {1} the fields of the header. */
    TRUNCATED_LINE,
    /** {0} the fields of the line, {1} the fields of the header, {2} the delimiter (named in words). */
    TOO_MANY_FIELDS,
    /** The workbook cannot be opened. */
    NOT_XLSX,
    /** The first sheet breaks off before its header. */
    SHEET_BROKEN_BEFORE_HEADER,
    /** {0} the columns a header must have. */
    EMPTY_SHEET,
    /** {0} the columns the row closest to a header lacks. */
    MISSING_COLUMN_IN_SHEET,
    /** {0} the last row read. */
    SHEET_BROKEN_AFTER,
    /** {0} how many megabytes a part of the workbook may unpack to. */
    XLSX_TOO_LARGE,
    /** {0} how many times its packed size a part may unpack to. */
    XLSX_TOO_COMPRESSED,
    /** A document type declaration in a part of the workbook. */
    XLSX_DTD,
    /** {0} the most distinct texts, {1} the most megacharacters of them. */
    XLSX_TOO_MANY_STRINGS,
    /** {0} the most characters a cell holds. */
    XLSX_CELL_TOO_LONG,
    /** {0} the path of the array expected. */
    EMPTY_JSON,
    /** {0} the path of the array expected. */
    NO_ARRAY,
    /** {0} the path: there, but not an array. */
    NOT_AN_ARRAY,
    /** {0} line, {1} column where the JSON breaks. */
    JSON_SYNTAX,
    /** {0} the cell: no number with a decimal comma. */
    NOT_A_NUMBER_COMMA,
    /** {0} the cell: no number with a decimal point. */
    NOT_A_NUMBER_POINT,
    /** {0} the cell, {1} its length, {2} the longest date. */
    DATE_TOO_LONG,
    /** {0} the cell. */
    NOT_A_DATE,
    /** {0} the cell: the form of a date, a day no calendar has. */
    NOT_A_CALENDAR_DATE,
    /** {0} the cell, {1} the first day, {2} the last day a value may have. */
    DATE_OUT_OF_RANGE,
    /** A date cell is empty. */
    EMPTY_DATE,
    /** A money column whose currency nothing names. */
    MONEY_COLUMN_WITHOUT_CURRENCY,
    /** The currency cell of a row with money is empty. */
    EMPTY_CURRENCY_CELL,
    /** {0} the cell, {1} the measure: a share where an amount belongs. */
    PERCENTAGE_NOT_AMOUNT,
    /** {0} the cell. */
    NOT_A_DURATION,
    /** {0} what is wrong with the product of duration and visits. */
    VISIT_TIME_TOO_LARGE,
    /** {0} the line repeated exactly. */
    DUPLICATE_ROW,
    /** {0} the line with the same dimensions and other values. */
    CONFLICTING_DUPLICATE,
    /** {0} the value, {1} the measure. */
    NEGATIVE_VALUE,
    /** {0} the measure, {1} the line its first value came from. */
    NOT_ADDITIVE_REPEAT,
    /** {0} the measure, {1} the period start, {2} what is wrong with the sum. */
    SUM_TOO_LARGE,
    /** A CRM time is missing. */
    TIME_MISSING,
    /** {0} the value: no Unix seconds. */
    NOT_A_TIME,
    /** A CRM date is missing. */
    DATE_MISSING_ISO,
    /** A report row's date is missing. */
    DATE_MISSING,
    /** A report row without a date dimension. */
    NO_DATE_DIMENSION,
    /** {0} the amount. */
    NEGATIVE_AMOUNT,
    /** {0} the grain option as given. */
    UNKNOWN_GRAIN,
    /** {0} the mapping target as given. */
    UNKNOWN_MAPPING_TARGET,
    /** The mapping names no date column. */
    NO_DATE_MAPPED,
    /** The mapping names no measure column. */
    NO_MEASURE_MAPPED,
    /** No column of the header is a measure. */
    NO_MEASURE_COLUMN,
    /** {0} the time zone option as given. */
    UNKNOWN_TIME_ZONE,
    /** Metrica's rows before its query. */
    ROWS_BEFORE_QUERY,
    /** GA4's rows before its headers. */
    ROWS_BEFORE_HEADERS,
    /** {0} the cell: no Bitrix24 stage semantic. */
    NOT_A_STAGE,
    /** A won deal's currency is missing. */
    CURRENCY_MISSING,
    /** An amount whose currency nothing names. */
    AMOUNT_CURRENCY_UNKNOWN,
    /** A GA4 file without its period. */
    PERIOD_UNKNOWN,
    /** {0} start, {1} end of a GA4 report period that is no whole day, week or month. */
    PERIOD_NOT_WHOLE,
    /** A Logs API file that is not text. */
    LOGS_NOT_TEXT,
    /** A Logs API file without a header. */
    LOGS_EMPTY,
    /** {0} the date field a Logs API header must have. */
    LOGS_MISSING_DATE,
    /** {0} the cell: no array of amounts. */
    NOT_AN_AMOUNT,
    /** {0} the cell: no ClickHouse array. */
    NOT_A_LIST,
    /** {0} what is wrong with the visit's purchases added up. */
    PURCHASES_TOO_LARGE;

    @Override
    public String key() {
        return "file." + name().toLowerCase(Locale.ROOT);
    }
}
