package org.resolute.force.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.resolute.force.Activity;
import org.resolute.force.CaveatKind;
import org.resolute.force.NationalCaveat;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The force module's tables for requirements, offers and caveats. Writes go straight to the tables; reads are
 * described here as {@link MarkedQuery}s and run through {@link org.resolute.kernel.MarkedRecords}.
 */
@Repository
class ForceTables {

    private final JdbcClient jdbc;

    ForceTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The column behind each of {@link org.resolute.force.Requirements#SORT_FIELDS}. */
    static final Map<String, String> REQUIREMENT_COLUMNS = Map.of("reference", "r.reference", "priority",
            "r.priority", "quantity", "r.quantity", "command", "r.command", "location", "r.location", "activity",
            "r.activity", "from", "r.from_date", "until", "r.until_date", "fillState", "r.fill_state", "shortfall",
            "(r.quantity - r.accepted)");

    static MarkedQuery requirements() {
        MarkedQuery query = MarkedQuery.select("r.*").from("force_requirement", "r")
                .orderByDefault("r.priority, r.reference");
        REQUIREMENT_COLUMNS.forEach(query::sortable);
        return query;
    }

    /** The column to order an export by; an unknown field is refused naming "sort". */
    static String requirementColumn(String field) {
        String column = REQUIREMENT_COLUMNS.get(field);
        if (column == null) {
            throw new InvalidInput("sort", "cannot sort by '" + field + "'; sort by one of "
                    + Requirements.SORT_FIELDS);
        }
        return column;
    }

    static MarkedQuery offers() {
        return MarkedQuery.select("o.*").from("force_offer", "o").orderByDefault("o.recorded_at DESC");
    }

    static MarkedQuery caveats() {
        return MarkedQuery.select("c.*").from("force_caveat", "c").orderByDefault("c.nation, c.code");
    }

    void insert(Requirement requirement) {
        jdbc.sql("""
                INSERT INTO force_requirement (id, reference, capability, activity, quantity, command, location,
                    from_date, until_date, priority, accepted, offered, fill_state, source, as_of, provenance_status,
                    classification, releasable_to, version)
                VALUES (:id, :reference, :capability, :activity, :quantity, :command, :location, :from, :until,
                    :priority, :accepted, :offered, :fill, :source, :asOf, :status, :classification, :releasable,
                    :version)""")
                .param("id", requirement.id()).param("reference", requirement.reference())
                .param("capability", requirement.capability()).param("activity", requirement.activity().name())
                .param("quantity", requirement.quantity()).param("command", requirement.command())
                .param("location", requirement.location()).param("from", requirement.from())
                .param("until", requirement.until()).param("priority", requirement.priority())
                .param("accepted", requirement.accepted()).param("offered", requirement.offered())
                .param("fill", requirement.fillState().name()).param("source", requirement.provenance().source())
                .param("asOf", requirement.provenance().asOf())
                .param("status", requirement.provenance().status().name())
                .param("classification", requirement.marking().classification().name())
                .param("releasable", requirement.marking().releasabilityText())
                .param("version", requirement.version()).update();
    }

    void updateStatus(Offer offer) {
        jdbc.sql("UPDATE force_offer SET status = :status WHERE id = :id")
                .param("status", offer.status().name()).param("id", offer.id()).update();
    }

    /** Stores a requirement's new fill if nobody changed it since {@code version}; answers whether it did. */
    boolean updateFill(Requirement requirement, long version) {
        return jdbc.sql("""
                UPDATE force_requirement SET accepted = :accepted, offered = :offered, fill_state = :fill,
                    version = :newVersion
                WHERE id = :id AND version = :version""")
                .param("accepted", requirement.accepted()).param("offered", requirement.offered())
                .param("fill", requirement.fillState().name()).param("newVersion", requirement.version())
                .param("id", requirement.id()).param("version", version).update() == 1;
    }

    void insert(Offer offer) {
        jdbc.sql("""
                INSERT INTO force_offer (id, requirement_id, nation, quantity, from_date, until_date, status, source,
                    as_of, provenance_status, recorded_at, classification, releasable_to, version)
                VALUES (:id, :requirement, :nation, :quantity, :from, :until, :status, :source, :asOf, :provenance,
                    :recordedAt, :classification, :releasable, 0)""")
                .param("id", offer.id()).param("requirement", offer.requirementId()).param("nation", offer.nation())
                .param("quantity", offer.quantity()).param("from", offer.from()).param("until", offer.until())
                .param("status", offer.status().name()).param("source", offer.provenance().source())
                .param("asOf", offer.provenance().asOf()).param("provenance", offer.provenance().status().name())
                .param("recordedAt", Timestamp.from(offer.recordedAt()))
                .param("classification", offer.marking().classification().name())
                .param("releasable", offer.marking().releasabilityText()).update();
    }

    void insert(NationalCaveat caveat) {
        jdbc.sql("""
                INSERT INTO force_caveat (id, code, nation, kind, rule_values, rule_limit, description, source, as_of,
                    provenance_status, classification, releasable_to, version)
                VALUES (:id, :code, :nation, :kind, :values, :limit, :description, :source, :asOf, :status,
                    :classification, :releasable, 0)""")
                .param("id", caveat.id()).param("code", caveat.code()).param("nation", caveat.nation())
                .param("kind", caveat.kind().name()).param("values", String.join(";", caveat.values()))
                .param("limit", caveat.limit()).param("description", caveat.description())
                .param("source", caveat.provenance().source()).param("asOf", caveat.provenance().asOf())
                .param("status", caveat.provenance().status().name())
                .param("classification", caveat.marking().classification().name())
                .param("releasable", caveat.marking().releasabilityText()).update();
    }

    static Requirement requirement(ResultSet rs, int row) throws SQLException {
        return new Requirement(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getString("capability"), Activity.valueOf(rs.getString("activity")), rs.getInt("quantity"),
                rs.getString("command"), rs.getString("location"), rs.getObject("from_date", LocalDate.class),
                rs.getObject("until_date", LocalDate.class), rs.getInt("priority"), rs.getInt("accepted"),
                rs.getInt("offered"), FillState.valueOf(rs.getString("fill_state")), Provenance.read(rs), Marking.read(rs),
                rs.getLong("version"));
    }

    static Offer offer(ResultSet rs, int row) throws SQLException {
        return new Offer(rs.getObject("id", UUID.class), rs.getObject("requirement_id", UUID.class),
                rs.getString("nation").trim(), rs.getInt("quantity"), rs.getObject("from_date", LocalDate.class),
                rs.getObject("until_date", LocalDate.class), OfferStatus.valueOf(rs.getString("status")),
                Provenance.read(rs), Marking.read(rs), rs.getTimestamp("recorded_at").toInstant());
    }

    static NationalCaveat caveat(ResultSet rs, int row) throws SQLException {
        String values = rs.getString("rule_values");
        List<String> list = values == null || values.isBlank() ? List.of() : Arrays.asList(values.split(";"));
        return new NationalCaveat(rs.getObject("id", UUID.class), rs.getString("code"),
                rs.getString("nation").trim(), CaveatKind.valueOf(rs.getString("kind")), list,
                rs.getObject("rule_limit", Integer.class), rs.getString("description"), Provenance.read(rs), Marking.read(rs));
    }

}
