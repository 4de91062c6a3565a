package org.resolute.advising.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.resolute.advising.EngagementMode;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.StaleUpdate;
import org.resolute.kernel.jdbc.RecordColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The engagement tables: written here, read only through the marking filter of {@link MarkedRecords}. */
@Repository
class EngagementTable {

    static final String NAMES = "\n";

    private static final String COLUMNS = """
            id, title, command_code, institution_code, engagement_date, duration_minutes, place_id, place_name, held,
            mode, atmosphere, key_outcomes, next_steps, details, advisor_nation, areas, pillars, advisors,
            counterparts, status, status_note, author, decided_by, decided_at, search_text, source,
            provenance_status, classification, releasable_to, created_at, version""";
    private static final String VALUES = """
            :id, :title, :command, :institution, :date, :duration, :placeId, :place, :held, :mode, :atmosphere,
            :keyOutcomes, :nextSteps, :details, :nation, :areas, :pillars, :advisors, :counterparts, :status,
            :statusNote, :author, :decidedBy, :decidedAt, :searchText, :source, :provenanceStatus, :classification,
            :releasableTo, :createdAt, :version""";

    private final MarkedRecords marked;
    private final NamedParameterJdbcTemplate jdbc;
    private final CoverageWeeks weeks;

    EngagementTable(MarkedRecords marked, NamedParameterJdbcTemplate jdbc, CoverageWeeks weeks) {
        this.marked = marked;
        this.jdbc = jdbc;
        this.weeks = weeks;
    }

    /** Stores new engagements with their functional area and pillar rows, in batches. */
    void insert(List<Engagement> engagements, List<UUID> places) {
        SqlParameterSource[] rows = new SqlParameterSource[engagements.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = parameters(engagements.get(i), places.get(i));
        }
        jdbc.batchUpdate("INSERT INTO advising_engagement (" + COLUMNS + ") VALUES (" + VALUES + ")", rows);
        insertLinks(engagements);
        weeks.change(List.of(), areaRows(engagements));
    }

    /** Rewrites an engagement if it still has the version it was read at; answers the stored one. */
    Engagement update(Engagement engagement, UUID place) {
        int changed = jdbc.update("""
                UPDATE advising_engagement SET title = :title, command_code = :command, institution_code = :institution,
                    engagement_date = :date, duration_minutes = :duration, place_id = :placeId, place_name = :place,
                    held = :held, mode = :mode, atmosphere = :atmosphere, key_outcomes = :keyOutcomes,
                    next_steps = :nextSteps, details = :details, advisor_nation = :nation, areas = :areas,
                    pillars = :pillars, advisors = :advisors, counterparts = :counterparts, status = :status,
                    status_note = :statusNote, decided_by = :decidedBy, decided_at = :decidedAt,
                    search_text = :searchText, classification = :classification, releasable_to = :releasableTo,
                    version = version + 1
                WHERE id = :id AND version = :version""", parameters(engagement, place));
        if (changed == 0) {
            throw new StaleUpdate("Engagement '" + engagement.title() + "'");
        }
        List<CoverageWeeks.AreaRow> before = weeks.stored(engagement.id());
        jdbc.update("DELETE FROM advising_engagement_area WHERE engagement_id = :id", new MapSqlParameterSource("id",
                engagement.id()));
        jdbc.update("DELETE FROM advising_engagement_pillar WHERE engagement_id = :id", new MapSqlParameterSource(
                "id", engagement.id()));
        insertLinks(List.of(engagement));
        weeks.change(before, areaRows(List.of(engagement)));
        return new Engagement(engagement.id(), engagement.title(), engagement.command(), engagement.institution(),
                engagement.date(), engagement.durationMinutes(), engagement.place(), engagement.held(),
                engagement.mode(), engagement.atmosphere(), engagement.keyOutcomes(), engagement.nextSteps(),
                engagement.details(), engagement.advisorNation(), engagement.areas(), engagement.pillars(),
                engagement.advisors(), engagement.counterparts(), engagement.status(), engagement.statusNote(),
                engagement.author(), engagement.decidedBy(), engagement.decidedAt(), engagement.provenance(),
                engagement.marking(), engagement.createdAt(), engagement.version() + 1);
    }

    Optional<UUID> placeOf(UUID engagement) {
        return jdbc.queryForList("SELECT place_id FROM advising_engagement WHERE id = :id",
                new MapSqlParameterSource("id", engagement), UUID.class).stream().findFirst();
    }

    Optional<Engagement> find(UUID id) {
        return marked.find(select().where("e.id = :id", "id", id), EngagementTable::engagement);
    }

    PageResult<Engagement> page(EngagementSearch search, List<String> institutions, LocalDate today,
            PageQuery page) {
        return marked.page(EngagementSearchQuery.of(search, institutions, today), page, EngagementTable::engagement);
    }

    List<Engagement> list(EngagementSearch search, List<String> institutions, LocalDate today) {
        return marked.list(EngagementSearchQuery.of(search, institutions, today), EngagementTable::engagement);
    }

    List<Engagement> approvedOn(LocalDate date) {
        return marked.list(select().where("e.engagement_date = :day AND e.status = 'APPROVED'", "day", date)
                .orderByDefault("e.command_code, e.institution_code, e.title"), EngagementTable::engagement);
    }

    Optional<LocalDate> latestApproved() {
        return marked.page(MarkedQuery.select("e.engagement_date").from("advising_engagement", "e")
                .where("e.status = 'APPROVED'").orderByDefault("e.engagement_date DESC"), PageQuery.first(1),
                (row, i) -> row.getObject("engagement_date", LocalDate.class)).items().stream().findFirst();
    }

    List<Engagement> byIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : marked.list(select().where("e.id IN (:ids)", "ids", ids),
                EngagementTable::engagement);
    }

    private void insertLinks(List<Engagement> engagements) {
        List<SqlParameterSource> areas = new ArrayList<>();
        List<SqlParameterSource> pillars = new ArrayList<>();
        for (Engagement engagement : engagements) {
            for (String area : engagement.areas()) {
                areas.add(link(engagement).addValue("area", area));
            }
            for (String pillar : engagement.pillars()) {
                pillars.add(link(engagement).addValue("pillar", pillar));
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO advising_engagement_area (engagement_id, area_code, institution_code, engagement_date,
                    status, provenance_status, classification, releasable_to)
                VALUES (:id, :area, :institution, :date, :status, :provenanceStatus, :classification, :releasableTo)""",
                areas.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("""
                INSERT INTO advising_engagement_pillar (engagement_id, pillar_code, institution_code, engagement_date,
                    status, classification, releasable_to)
                VALUES (:id, :pillar, :institution, :date, :status, :classification, :releasableTo)""",
                pillars.toArray(SqlParameterSource[]::new));
    }

    private static List<CoverageWeeks.AreaRow> areaRows(List<Engagement> engagements) {
        return engagements.stream().flatMap(e -> e.areas().stream().map(area -> new CoverageWeeks.AreaRow(
                e.institution(), area, e.date(), e.status().name(), e.provenance().status().name(),
                e.marking().classification().name(), e.marking().releasabilityText()))).toList();
    }

    /** What a link row repeats of its engagement, for searches that start from the link rows. */
    private static MapSqlParameterSource link(Engagement engagement) {
        return RecordColumns.marking(new MapSqlParameterSource("id", engagement.id())
                .addValue("institution", engagement.institution())
                .addValue("date", engagement.date()).addValue("status", engagement.status().name())
                .addValue("provenanceStatus", engagement.provenance().status().name()), engagement.marking());
    }

    static MarkedQuery select() {
        return select("advising_engagement");
    }

    /** Engagements read from a table or a subquery with the engagement table's columns, with their sort fields. */
    static MarkedQuery select(String table) {
        return MarkedQuery.select("e.*").from(table, "e")
                .orderByDefault("e.engagement_date DESC")
                .sortable("date", "e.engagement_date").sortable("title", "e.title")
                .sortable("command", "e.command_code").sortable("institution", "e.institution_code")
                .sortable("status", "e.status").sortable("nation", "e.advisor_nation");
    }

    private static MapSqlParameterSource parameters(Engagement e, UUID place) {
        String searchText = String.join(" ", e.title(), e.place(), e.keyOutcomes(), e.nextSteps(), e.details(),
                String.join(" ", e.advisors()), String.join(" ", e.counterparts())).toLowerCase(Locale.ROOT);
        return RecordColumns.marking(new MapSqlParameterSource("id", e.id()).addValue("title", e.title())
                .addValue("command", e.command())
                .addValue("institution", e.institution()).addValue("date", e.date())
                .addValue("duration", e.durationMinutes()).addValue("placeId", place).addValue("place", e.place())
                .addValue("held", e.held()).addValue("mode", e.mode().name())
                .addValue("atmosphere", e.atmosphere() == null ? null : e.atmosphere().name())
                .addValue("keyOutcomes", e.keyOutcomes()).addValue("nextSteps", e.nextSteps())
                .addValue("details", e.details()).addValue("nation", e.advisorNation())
                .addValue("areas", String.join(",", e.areas())).addValue("pillars", String.join(",", e.pillars()))
                .addValue("advisors", String.join(NAMES, e.advisors()))
                .addValue("counterparts", String.join(NAMES, e.counterparts()))
                .addValue("status", e.status().name()).addValue("statusNote", e.statusNote())
                .addValue("author", e.author()).addValue("decidedBy", e.decidedBy())
                .addValue("decidedAt", e.decidedAt() == null ? null : Timestamp.from(e.decidedAt()))
                .addValue("searchText", searchText.length() > 8000 ? searchText.substring(0, 8000) : searchText)
                .addValue("source", e.provenance().source()).addValue("provenanceStatus", e.provenance().status().name())
                .addValue("createdAt", Timestamp.from(e.createdAt())).addValue("version", e.version()), e.marking());
    }

    static Engagement engagement(ResultSet row, int index) throws SQLException {
        Timestamp decidedAt = row.getTimestamp("decided_at");
        String atmosphere = row.getString("atmosphere");
        return new Engagement(row.getObject("id", UUID.class), row.getString("title"), row.getString("command_code"),
                row.getString("institution_code"), row.getObject("engagement_date", LocalDate.class),
                row.getInt("duration_minutes"), row.getString("place_name"), row.getBoolean("held"),
                EngagementMode.valueOf(row.getString("mode")), atmosphere == null ? null : Atmosphere.valueOf(atmosphere),
                row.getString("key_outcomes"), row.getString("next_steps"), row.getString("details"),
                row.getString("advisor_nation").trim(), split(row.getString("areas"), ","),
                split(row.getString("pillars"), ","), split(row.getString("advisors"), NAMES),
                split(row.getString("counterparts"), NAMES), EngagementStatus.valueOf(row.getString("status")),
                row.getString("status_note"), row.getString("author"), row.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                Provenance.read(row, "source", null), Marking.read(row),
                row.getTimestamp("created_at").toInstant(), row.getLong("version"));
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(separator));
    }
}
