package org.resolute.funding.web;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The sources a provenance's text cites by id (S37, S40), so a page can link each to the sources list whatever
 * words surround them ("Illustrative: consistent with the published totals (S37, S40)"), and show the words only
 * where the text cites no source (a bank reference, "entered by fundmanager").
 */
public final class Cited {

    private static final Pattern ID = Pattern.compile("\\bS\\d{1,3}\\b");
    private static final Pattern ONLY_IDS = Pattern.compile("\\s*S\\d{1,3}(\\s*;\\s*S\\d{1,3})*\\s*");

    private Cited() {
    }

    /** The source ids the text names, in order, each once. */
    public static List<String> ids(@Nullable String text) {
        return text == null ? List.of() : ID.matcher(text).results().map(match -> match.group()).distinct().toList();
    }

    /** Whether the text is nothing but source ids ("S57;S58"), which the shared provenance badge links as they are. */
    public static boolean onlyIds(@Nullable String text) {
        return text != null && ONLY_IDS.matcher(text).matches();
    }
}
