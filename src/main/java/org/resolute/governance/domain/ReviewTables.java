package org.resolute.governance.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.resolute.kernel.Ids;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.jdbc.RecordColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conditions reviews and their indicator values, both read through the viewer's marking filter. */
@Repository
class ReviewTables {

    private final JdbcClient jdbc;
    private final MarkedRecords records;

    ReviewTables(JdbcClient jdbc, MarkedRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    List<ConditionsReview> all() {
        return withIndicators(records.list(MarkedQuery.select("r.*").from("governance_conditions_review", "r")
                .orderByDefault("r.reviewed_on DESC"), (rs, n) -> review(rs, List.of())));
    }

    Optional<ConditionsReview> find(UUID id) {
        return withIndicators(records.list(MarkedQuery.select("r.*").from("governance_conditions_review", "r")
                .where("r.id = :id", "id", id), (rs, n) -> review(rs, List.of()))).stream().findFirst();
    }

    long count() {
        return records.count(MarkedQuery.select("r.id").from("governance_conditions_review", "r"));
    }

    void insert(ConditionsReview review) {
        MapSqlParameterSource values = RecordColumns.provenance(RecordColumns.marking(new MapSqlParameterSource(),
                review.marking()), review.provenance()).addValue("id", review.id())
                .addValue("reviewedOn", review.reviewedOn()).addValue("title", review.title())
                .addValue("meeting", review.meeting()).addValue("assessment", review.assessment())
                .addValue("decision", review.decision());
        jdbc.sql("""
                INSERT INTO governance_conditions_review (id, reviewed_on, title, meeting, assessment, decision, source,
                    as_of, provenance_status, classification, releasable_to, version)
                VALUES (:id, :reviewedOn, :title, :meeting, :assessment, :decision, :source, :asOf,
                    :provenanceStatus, :classification, :releasableTo, 0)""").paramSource(values).update();
        int line = 0;
        for (IndicatorValue indicator : review.indicators()) {
            insert(review.id(), ++line, indicator, review.marking());
        }
    }

    private void insert(UUID review, int line, IndicatorValue indicator, Marking marking) {
        MapSqlParameterSource values = RecordColumns.provenance(RecordColumns.marking(new MapSqlParameterSource(),
                marking), indicator.provenance()).addValue("id", Ids.next()).addValue("review", review)
                .addValue("line", line).addValue("kind", indicator.kind().name())
                .addValue("name", indicator.name()).addValue("value", indicator.value())
                .addValue("figure", indicator.figure());
        jdbc.sql("""
                INSERT INTO governance_indicator_value (id, review, line_no, kind, name, value_text, figure, source,
                    as_of, provenance_status, classification, releasable_to)
                VALUES (:id, :review, :line, :kind, :name, :value, :figure, :source, :asOf, :provenanceStatus,
                    :classification, :releasableTo)""").paramSource(values).update();
    }

    private List<ConditionsReview> withIndicators(List<ConditionsReview> reviews) {
        if (reviews.isEmpty()) {
            return reviews;
        }
        Collection<UUID> ids = reviews.stream().map(ConditionsReview::id).toList();
        Map<UUID, List<IndicatorValue>> indicators = records.list(MarkedQuery.select("i.*")
                .from("governance_indicator_value", "i").where("i.review IN (:ids)", "ids", ids)
                .orderByDefault("i.review, i.line_no"), (rs, n) -> Map.entry(rs.getObject("review", UUID.class),
                        indicator(rs)))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return reviews.stream().map(r -> new ConditionsReview(r.id(), r.reviewedOn(), r.title(), r.meeting(),
                r.assessment(), r.decision(), indicators.getOrDefault(r.id(), List.of()), r.provenance(), r.marking(),
                r.version())).toList();
    }

    private static ConditionsReview review(ResultSet rs, List<IndicatorValue> indicators) throws SQLException {
        return new ConditionsReview(rs.getObject("id", UUID.class), rs.getObject("reviewed_on", LocalDate.class),
                rs.getString("title"), rs.getObject("meeting", UUID.class), rs.getString("assessment"),
                rs.getObject("decision", UUID.class), indicators, Provenance.read(rs), Marking.read(rs),
                rs.getLong("version"));
    }

    private static IndicatorValue indicator(ResultSet rs) throws SQLException {
        return new IndicatorValue(IndicatorKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("value_text"), rs.getBigDecimal("figure"), Provenance.read(rs));
    }
}
