package org.resolute.advising.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.jdbc.RecordColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** Capability assessments and their evidence: written here, read only through {@link MarkedRecords}. */
@Repository
class AssessmentTable {

    private final MarkedRecords marked;
    private final NamedParameterJdbcTemplate jdbc;

    AssessmentTable(MarkedRecords marked, NamedParameterJdbcTemplate jdbc) {
        this.marked = marked;
        this.jdbc = jdbc;
    }

    void insert(List<CapabilityAssessment> assessments) {
        jdbc.batchUpdate("""
                INSERT INTO advising_assessment (id, institution_code, area_code, rating, assessed_on, assessor,
                    rationale, recorded_at, source, provenance_status, classification, releasable_to)
                VALUES (:id, :institution, :area, :rating, :assessedOn, :assessor, :rationale, :recordedAt, :source,
                    :status, :classification, :releasableTo)""", assessments.stream().map(a -> RecordColumns.marking(new MapSqlParameterSource(
                "id", a.id()).addValue("institution", a.institution()).addValue("area", a.area())
                .addValue("rating", a.rating().level()).addValue("assessedOn", a.assessedOn())
                .addValue("assessor", a.assessor()).addValue("rationale", a.rationale())
                .addValue("recordedAt", Timestamp.from(a.recordedAt())).addValue("source", a.provenance().source())
                .addValue("status", a.provenance().status().name()), a.marking())).toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> evidence = new ArrayList<>();
        assessments.forEach(a -> a.evidence().forEach(engagement -> evidence.add(new MapSqlParameterSource("a", a.id())
                .addValue("e", engagement))));
        jdbc.batchUpdate("INSERT INTO advising_evidence (assessment_id, engagement_id) VALUES (:a, :e)",
                evidence.toArray(SqlParameterSource[]::new));
    }

    List<CapabilityAssessment> history(String institution, String area) {
        return withEvidence(marked.list(select().where("s.institution_code = :institution AND s.area_code = :area",
                "institution", institution, "area", area).orderByDefault("s.assessed_on, s.recorded_at"),
                AssessmentTable::assessment));
    }

    PageResult<CapabilityAssessment> page(String institution, String area, PageQuery page) {
        PageResult<CapabilityAssessment> result = marked.page(select()
                .whereIfPresent(institution, "s.institution_code = :institution", "institution")
                .whereIfPresent(area, "s.area_code = :area", "area"), page, AssessmentTable::assessment);
        return new PageResult<>(withEvidence(result.items()), result.page(), result.size(), result.totalItems(),
                result.totalExact());
    }

    /** Every visible assessment on or before the date, oldest first, without evidence: for the coverage. */
    List<CapabilityAssessment> upTo(LocalDate date) {
        return marked.list(select().where("s.assessed_on <= :asOf", "asOf", date)
                .orderByDefault("s.assessed_on, s.recorded_at"), AssessmentTable::assessment);
    }

    private static MarkedQuery select() {
        return MarkedQuery.select("s.*").from("advising_assessment", "s")
                .orderByDefault("s.assessed_on DESC, s.recorded_at DESC")
                .sortable("assessedOn", "s.assessed_on").sortable("institution", "s.institution_code")
                .sortable("area", "s.area_code").sortable("rating", "s.rating");
    }

    private List<CapabilityAssessment> withEvidence(List<CapabilityAssessment> assessments) {
        if (assessments.isEmpty()) {
            return assessments;
        }
        Map<UUID, List<UUID>> evidence = new HashMap<>();
        jdbc.query("SELECT assessment_id, engagement_id FROM advising_evidence WHERE assessment_id IN (:ids)",
                Map.of("ids", assessments.stream().map(CapabilityAssessment::id).toList()), row -> {
                    evidence.computeIfAbsent(row.getObject("assessment_id", UUID.class), key -> new ArrayList<>())
                            .add(row.getObject("engagement_id", UUID.class));
                });
        return assessments.stream().map(a -> new CapabilityAssessment(a.id(), a.institution(), a.area(), a.rating(),
                a.assessedOn(), a.assessor(), a.rationale(), evidence.getOrDefault(a.id(), List.of()), a.recordedAt(),
                a.provenance(), a.marking())).toList();
    }

    private static CapabilityAssessment assessment(ResultSet row, int index) throws SQLException {
        LocalDate assessedOn = row.getObject("assessed_on", LocalDate.class);
        return new CapabilityAssessment(row.getObject("id", UUID.class), row.getString("institution_code"),
                row.getString("area_code"), CapabilityRating.of(row.getInt("rating")), assessedOn,
                row.getString("assessor"), row.getString("rationale"), List.of(),
                row.getTimestamp("recorded_at").toInstant(), Provenance.read(row, "source", assessedOn),
                Marking.read(row));
    }
}
