package org.resolute.mission.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.Provenance;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.Command;
import org.resolute.mission.CommandKind;
import org.resolute.mission.Location;
import org.resolute.mission.TroopCeiling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mission module's tables for its structure and ceilings. */
@Repository
class MissionTables {

    private final JdbcClient jdbc;

    MissionTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Location> locations() {
        return jdbc.sql("SELECT * FROM mission_location ORDER BY code").query((rs, n) -> location(rs)).list();
    }

    List<Command> commands() {
        return jdbc.sql("""
                SELECT * FROM mission_command ORDER BY CASE kind WHEN 'HUB' THEN 0 WHEN 'SPOKE' THEN 1
                WHEN 'FUNCTIONAL' THEN 2 WHEN 'TASK_FORCE' THEN 3 ELSE 4 END, code""")
                .query((rs, n) -> command(rs)).list();
    }

    List<TroopCeiling> ceilings() {
        return jdbc.sql("SELECT * FROM mission_troop_ceiling ORDER BY from_date, kind, nation")
                .query((rs, n) -> ceiling(rs)).list();
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + switch (table) {
            case "location" -> "mission_location";
            case "command" -> "mission_command";
            default -> "mission_troop_ceiling";
        }).query(Long.class).single();
    }

    void insert(Location location) {
        jdbc.sql("""
                INSERT INTO mission_location (code, name, region, latitude, longitude, capacity, source, as_of,
                    provenance_status)
                VALUES (:code, :name, :region, :latitude, :longitude, :capacity, :source, :asOf, :status)""")
                .param("code", location.code()).param("name", location.name()).param("region", location.region())
                .param("latitude", location.latitude()).param("longitude", location.longitude())
                .param("capacity", location.capacity()).param("source", location.provenance().source())
                .param("asOf", location.provenance().asOf()).param("status", location.provenance().status().name())
                .update();
    }

    void insert(Command command) {
        jdbc.sql("""
                INSERT INTO mission_command (code, name, kind, region, location, lead_nation, partner_units, sources)
                VALUES (:code, :name, :kind, :region, :location, :lead, :units, :sources)""")
                .param("code", command.code()).param("name", command.name()).param("kind", command.kind().name())
                .param("region", command.region()).param("location", command.location())
                .param("lead", command.leadNation()).param("units", String.join("; ", command.partnerUnits()))
                .param("sources", String.join(";", command.sources())).update();
    }

    void insert(TroopCeiling ceiling) {
        jdbc.sql("""
                INSERT INTO mission_troop_ceiling (id, kind, nation, scope, troops, from_date, until_date, basis,
                    decision_ref, source, as_of, provenance_status, version)
                VALUES (:id, :kind, :nation, :scope, :troops, :from, :until, :basis, :decisionRef, :source, :asOf,
                    :status, 0)""")
                .param("id", ceiling.id()).param("kind", ceiling.kind().name())
                .param("nation", ceiling.nation().orElse(null)).param("troops", ceiling.troops())
                .param("from", ceiling.from()).param("until", ceiling.until().orElse(null))
                .param("scope", ceiling.scope()).param("decisionRef", ceiling.decisionRef().orElse(null))
                .param("basis", ceiling.basis()).param("source", ceiling.provenance().source())
                .param("asOf", ceiling.provenance().asOf()).param("status", ceiling.provenance().status().name())
                .update();
    }

    private static Location location(ResultSet rs) throws SQLException {
        return new Location(rs.getString("code"), rs.getString("name"), rs.getString("region"),
                rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getObject("capacity", Integer.class),
                Provenance.read(rs));
    }

    private static Command command(ResultSet rs) throws SQLException {
        return new Command(rs.getString("code"), rs.getString("name"), CommandKind.valueOf(rs.getString("kind")),
                rs.getString("region"), rs.getString("location"), rs.getString("lead_nation").trim(),
                split(rs.getString("partner_units"), ";"), split(rs.getString("sources"), ";"));
    }

    private static TroopCeiling ceiling(ResultSet rs) throws SQLException {
        return new TroopCeiling(rs.getObject("id", UUID.class), CeilingKind.valueOf(rs.getString("kind")),
                Optional.ofNullable(rs.getString("nation")).map(String::trim), rs.getInt("troops"),
                rs.getObject("from_date", LocalDate.class),
                Optional.ofNullable(rs.getObject("until_date", LocalDate.class)), rs.getString("basis"),
                Provenance.read(rs), Optional.ofNullable(rs.getString("decision_ref")));
    }

    boolean ceilingStarts(String scope, LocalDate from) {
        return jdbc.sql("SELECT COUNT(*) FROM mission_troop_ceiling WHERE scope = :scope AND from_date = :from")
                .param("scope", scope).param("from", from).query(Long.class).single() > 0;
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(separator)).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }
}
