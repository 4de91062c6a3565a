package org.resolute.advising.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.resolute.advising.AdvisorPosition;
import org.resolute.advising.FunctionalArea;
import org.resolute.advising.HostInstitution;
import org.resolute.advising.InstitutionKind;
import org.resolute.kernel.Ids;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The unmarked tables of the advising structure: institutions, functional areas, pillars, approvers, positions. */
@Repository
class StructureTables {

    private final NamedParameterJdbcTemplate jdbc;

    StructureTables(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(String table) {
        Long count = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM advising_" + table, Long.class);
        return count == null ? 0 : count;
    }

    List<HostInstitution> institutions() {
        return jdbc.query("SELECT * FROM advising_institution ORDER BY sort_order", (row, i) -> new HostInstitution(
                row.getString("code"), row.getString("name"), InstitutionKind.valueOf(row.getString("kind")),
                row.getString("parent_code"), row.getString("command_code"), row.getString("location_code"),
                row.getString("source")));
    }

    List<FunctionalArea> areas() {
        return jdbc.query("SELECT * FROM advising_functional_area ORDER BY sort_order", (row, i) -> new FunctionalArea(
                row.getString("code"), row.getString("name"), row.getString("short_name"),
                FunctionalArea.Kind.valueOf(row.getString("kind")), row.getString("source")));
    }

    List<RoadmapPillar> pillars() {
        return jdbc.query("SELECT * FROM advising_pillar ORDER BY sort_order", (row, i) -> new RoadmapPillar(
                row.getString("code"), row.getString("name"), row.getString("source")));
    }

    void insert(HostInstitution institution, int order) {
        jdbc.update("""
                INSERT INTO advising_institution (code, name, kind, parent_code, command_code, location_code, source,
                    sort_order) VALUES (:code, :name, :kind, :parent, :command, :location, :source, :order)""",
                new MapSqlParameterSource("code", institution.code()).addValue("name", institution.name())
                        .addValue("kind", institution.kind().name()).addValue("parent", institution.parent())
                        .addValue("command", institution.command()).addValue("location", institution.location())
                        .addValue("source", institution.source()).addValue("order", order));
    }

    void insert(FunctionalArea area, int order) {
        jdbc.update("""
                INSERT INTO advising_functional_area (code, name, short_name, kind, source, sort_order)
                VALUES (:code, :name, :short, :kind, :source, :order)""", Map.of("code", area.code(), "name",
                area.name(), "short", area.shortName(), "kind", area.kind().name(), "source", area.source(), "order",
                order));
    }

    void insert(RoadmapPillar pillar, int order) {
        jdbc.update("INSERT INTO advising_pillar (code, name, source, sort_order) VALUES (:code, :name, :source, :o)",
                Map.of("code", pillar.code(), "name", pillar.name(), "source", pillar.source(), "o", order));
    }

    List<String> approvers(String command) {
        return jdbc.queryForList("SELECT username FROM advising_approver WHERE command_code = :command",
                Map.of("command", command), String.class);
    }

    void addApprover(String command, String username) {
        jdbc.update("INSERT INTO advising_approver (command_code, username) VALUES (:command, :username)",
                Map.of("command", command, "username", username));
    }

    List<AdvisorPosition> positions() {
        Map<UUID, List<String>> counterparts = new HashMap<>();
        jdbc.query("SELECT position_id, title FROM advising_counterpart_position ORDER BY title", row -> {
            counterparts.computeIfAbsent(row.getObject("position_id", UUID.class), key -> new ArrayList<>())
                    .add(row.getString("title"));
        });
        Map<UUID, List<AdvisorPosition.PositionAssignment>> assignments = new HashMap<>();
        jdbc.query("""
                SELECT a.position_id, a.person_id, p.name, a.from_date, a.until_date FROM advising_assignment a
                JOIN advising_person p ON p.id = a.person_id ORDER BY a.from_date DESC""", row -> {
            assignments.computeIfAbsent(row.getObject("position_id", UUID.class), key -> new ArrayList<>())
                    .add(new AdvisorPosition.PositionAssignment(row.getObject("person_id", UUID.class), row.getString("name"),
                            row.getObject("from_date", LocalDate.class),
                            row.getObject("until_date", LocalDate.class)));
        });
        return jdbc.query("SELECT * FROM advising_position ORDER BY command_code, title",
                (row, i) -> position(row, counterparts, assignments));
    }

    void insert(AdvisorPosition position) {
        jdbc.update("""
                INSERT INTO advising_position (id, title, nation, command_code, location_code, area_code,
                    institution_code, version) VALUES (:id, :title, :nation, :command, :location, :area,
                    :institution, 0)""", new MapSqlParameterSource("id", position.id())
                .addValue("title", position.title()).addValue("nation", position.nation())
                .addValue("command", position.command()).addValue("location", position.location())
                .addValue("area", position.area()).addValue("institution", position.institution()));
        for (String counterpart : position.counterparts()) {
            jdbc.update("""
                    INSERT INTO advising_counterpart_position (position_id, title, institution_code)
                    VALUES (:id, :title, :institution)""", Map.of("id", position.id(), "title", counterpart,
                    "institution", position.institution()));
        }
    }

    void insert(UUID position, AdvisorPosition.PositionAssignment assignment) {
        jdbc.update("""
                INSERT INTO advising_assignment (id, position_id, person_id, from_date, until_date)
                VALUES (:id, :position, :person, :from, :until)""", new MapSqlParameterSource("id",
                Ids.next()).addValue("position", position).addValue("person", assignment.person())
                .addValue("from", assignment.from()).addValue("until", assignment.until()));
    }

    private static AdvisorPosition position(ResultSet row, Map<UUID, List<String>> counterparts,
            Map<UUID, List<AdvisorPosition.PositionAssignment>> assignments) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        return new AdvisorPosition(id, row.getString("title"), row.getString("nation").trim(),
                row.getString("command_code"), row.getString("location_code"), row.getString("area_code"),
                row.getString("institution_code"), counterparts.getOrDefault(id, List.of()),
                assignments.getOrDefault(id, List.of()), row.getLong("version"));
    }
}
