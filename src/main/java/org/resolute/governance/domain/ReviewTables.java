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

import org.resolute.governance.ConditionsReview;
import org.resolute.governance.IndicatorKind;
import org.resolute.governance.IndicatorValue;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
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
        Map<String, Object> values = Rows.shared(review.provenance(), review.marking());
        values.put("id", review.id());
        values.put("reviewedOn", review.reviewedOn());
        values.put("title", review.title());
        values.put("meeting", review.meeting());
        values.put("assessment", review.assessment());
        values.put("decision", review.decision());
        jdbc.sql("""
                INSERT INTO governance_conditions_review (id, reviewed_on, title, meeting, assessment, decision, source,
                    as_of, provenance_status, classification, releasable_to, version)
                VALUES (:id, :reviewedOn, :title, :meeting, :assessment, :decision, :source, :asOf, :status,
                    :classification, :releasableTo, 0)""").params(values).update();
        int line = 0;
        for (IndicatorValue indicator : review.indicators()) {
            insert(review.id(), ++line, indicator, review.marking());
        }
    }

    private void insert(UUID review, int line, IndicatorValue indicator, Marking marking) {
        Map<String, Object> values = Rows.shared(indicator.provenance(), marking);
        values.put("id", org.resolute.kernel.Ids.next());
        values.put("review", review);
        values.put("line", line);
        values.put("kind", indicator.kind().name());
        values.put("name", indicator.name());
        values.put("value", indicator.value());
        values.put("figure", indicator.figure());
        jdbc.sql("""
                INSERT INTO governance_indicator_value (id, review, line_no, kind, name, value_text, figure, source,
                    as_of, provenance_status, classification, releasable_to)
                VALUES (:id, :review, :line, :kind, :name, :value, :figure, :source, :asOf, :status, :classification,
                    :releasableTo)""").params(values).update();
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
                rs.getObject("decision", UUID.class), indicators, Rows.provenance(rs), Rows.marking(rs),
                rs.getLong("version"));
    }

    private static IndicatorValue indicator(ResultSet rs) throws SQLException {
        return new IndicatorValue(IndicatorKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("value_text"), rs.getBigDecimal("figure"), Rows.provenance(rs));
    }
}
