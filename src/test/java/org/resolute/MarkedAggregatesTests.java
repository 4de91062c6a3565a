package org.resolute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Sums, counts and groupings over marked records go through the kernel ({@code MarkedFigures}, or
 * {@code MarkedRecords} for a count of a list), which writes the viewer filter into the WHERE clause itself. This
 * rule finds SQL written in a module that aggregates a marked table (one with a {@code classification} column) on
 * its own, where the filter could be forgotten; the few that may are listed with the reason.
 */
class MarkedAggregatesTests {

    static final Path MAIN = Path.of("src/main/java/org/resolute");
    static final Path MIGRATIONS = Path.of("src/main/resources/db");

    /** Files allowed to aggregate a marked table in their own SQL, and why that never skips the viewer filter. */
    static final Map<String, String> ALLOWED = Map.of(
            "advising/domain/CoverageMap.java", "its grouped counts are the table that MarkedRecords filters, "
                    + "per marking",
            "force/domain/StrengthTable.java", "finds each place's latest date per marking inside a condition of "
                    + "a read through MarkedRecords",
            "funding/domain/JournalTable.java", "an account's balance and the check that kept balances equal their "
                    + "entries: the ledger's own reads, for fund managers and auditors, who read the whole ledger",
            "funding/domain/PledgeTable.java", "the demo loader's check whether any pledge is stored, shown to "
                    + "nobody",
            "funding/domain/FundCash.java", "the books' own check that a payment leaves no currency's cash "
                    + "negative, over every entry of the account; it answers only with a refusal",
            "funding/domain/ReceiptsAgreement.java", "the check that every receipt agrees with its posting, over "
                    + "every record: on each write and in the auditor's verification of the whole ledger",
            "funding/domain/LedgerMetrics.java", "the sealer's lag (entries not yet sealed), an operations metric "
                    + "on the administrators' Prometheus endpoint, no figure of any record",
            "audit/domain/AuditMetrics.java", "the audit sealer's lag, an operations metric on the administrators' "
                    + "Prometheus endpoint",
            "funding/domain/IatiPublishers.java", "an IATI file's last-updated time: the newest change among the "
                    + "pledges the file shows (already read for its reader) and the contributions behind the published "
                    + "aggregate, which every reader sees alike",
            "planning/domain/PlanMetrics.java", "how many plans wait for or hold a solver, an operations metric "
                    + "on the administrators' Prometheus endpoint");

    static final Pattern AGGREGATE = Pattern.compile("\\b(SUM|COUNT|AVG|MIN|MAX)\\s*\\(|\\bGROUP\\s+BY\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    static Set<String> markedTables() {
        Set<String> tables = new TreeSet<>();
        Pattern created = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(\\w+)\\s*\\((.*?)\\);",
                Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
        Pattern altered = Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (?:IF NOT EXISTS )?classification\\b",
                Pattern.CASE_INSENSITIVE);
        for (Path file : files(MIGRATIONS, ".sql")) {
            String sql = read(file);
            Matcher table = created.matcher(sql);
            while (table.find()) {
                if (Pattern.compile("^\\s*classification\\s", Pattern.MULTILINE).matcher(table.group(2)).find()) {
                    tables.add(table.group(1).toLowerCase(Locale.ROOT));
                }
            }
            Matcher column = altered.matcher(sql);
            while (column.find()) {
                tables.add(column.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    @Test
    void theMarkedTablesAreFoundIncludingTheJournalsEntries() {
        assertThat(markedTables()).contains("funding_receipt", "funding_movement", "funding_pledge",
                "funding_entry", "advising_engagement");
    }

    @Test
    void noModuleAggregatesAMarkedTableInSqlOfItsOwn() {
        Set<String> marked = markedTables();
        List<String> found = files(MAIN, ".java").stream()
                .filter(file -> !file.startsWith(MAIN.resolve("kernel")))
                .filter(file -> !ALLOWED.containsKey(MAIN.relativize(file).toString().replace('\\', '/')))
                .flatMap(file -> unfiltered(file, marked)).toList();
        assertThat(found).as("aggregate marked records through MarkedFigures").isEmpty();
    }

    private static Stream<String> unfiltered(Path file, Set<String> marked) {
        Matcher literal = LITERAL.matcher(read(file));
        Stream.Builder<String> found = Stream.builder();
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (!AGGREGATE.matcher(text).find()) {
                continue;
            }
            for (String table : marked) {
                if (Pattern.compile("\\b(FROM|JOIN)\\s+" + table + "\\b", Pattern.CASE_INSENSITIVE).matcher(text)
                        .find()) {
                    found.add(MAIN.relativize(file) + ": " + text.strip().replaceAll("\\s+", " "));
                }
            }
        }
        return found.build();
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
