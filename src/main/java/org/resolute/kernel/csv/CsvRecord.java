package org.resolute.kernel.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.resolute.kernel.InputDates;

/**
 * One record of a CSV file, read by column name. The accessors throw {@link BadField} with a message a user can
 * act on; {@link CsvTable} turns it into an error naming the line.
 *
 * @param line the file line the record starts on (the header is line 1)
 */
public record CsvRecord(int line, List<String> fields, Map<String, Integer> columns) {

    public CsvRecord {
        fields = List.copyOf(fields);
        columns = Map.copyOf(columns);
    }

    /** The value of a column, trimmed; empty when the column is empty. */
    public String text(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalArgumentException("No column " + column);
        }
        return index < fields.size() ? fields.get(index).trim() : "";
    }

    /** The value of a column that must not be empty. */
    public String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw new BadField(column + " is empty");
        }
        return value;
    }

    /** A date column in ISO form (2020-03-27), or null when the column is empty. */
    public LocalDate optionalDate(String column) {
        return optional(column, InputDates::parse, InputDates.RULE);
    }

    public LocalDate date(String column) {
        required(column);
        return optionalDate(column);
    }

    /** An integer column, or null when the column is empty. */
    public Integer optionalInteger(String column) {
        return optional(column, Integer::valueOf, "is not a whole number");
    }

    /** The column's value as the parse reads it, or null when empty; a value it refuses is a bad field. */
    private <T> T optional(String column, Function<String, T> parse, String rule) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new BadField(column + " '" + value + "' " + rule);
        }
    }

    /** A column holding one of an enum's names, in any case. */
    public <E extends Enum<E>> E oneOf(String column, Class<E> type) {
        String value = required(column);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new BadField(column + " '" + value + "' is not one of " + List.of(type.getEnumConstants()));
    }

    /** A value that a record's reader refuses; the message says what is wrong with it, without the line. */
    public static class BadField extends RuntimeException {

        public BadField(String message) {
            super(message);
        }
    }
}
