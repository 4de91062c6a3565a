package org.resolute.advising.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.NotFound;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The advisors, counterparts and places engagements name. A name not yet known is added as provisional, so an
 * advisor is never blocked by a missing attendee; a lead later merges it into a known one, and a merged name
 * typed again resolves to the one it was merged into.
 */
@Repository
class People {

    static final String PLACE = "PLACE";

    private final NamedParameterJdbcTemplate jdbc;
    private final MarkedRecords marked;

    People(NamedParameterJdbcTemplate jdbc, MarkedRecords marked) {
        this.jdbc = jdbc;
        this.marked = marked;
    }

    /** The person of the kind with this name, added as provisional when unknown. */
    UUID person(String kind, String name, String enteredBy, Instant now) {
        return find("advising_person", "kind = :kind AND ", kind, name)
                .orElseGet(() -> addPerson(kind, name, null, true, enteredBy, now));
    }

    UUID addPerson(String kind, String name, String nation, boolean provisional, String enteredBy, Instant now) {
        UUID id = Ids.next();
        jdbc.update("""
                INSERT INTO advising_person (id, name, kind, nation, provisional, entered_by, created_at)
                VALUES (:id, :name, :kind, :nation, :provisional, :by, :at)""", new MapSqlParameterSource("id", id)
                .addValue("name", name).addValue("kind", kind).addValue("nation", nation)
                .addValue("provisional", provisional).addValue("by", enteredBy).addValue("at", Timestamp.from(now)));
        return id;
    }

    UUID place(String name, String enteredBy, Instant now) {
        return find("advising_place", "", null, name).orElseGet(() -> addPlace(name, null, true, enteredBy, now));
    }

    UUID addPlace(String name, String location, boolean provisional, String enteredBy, Instant now) {
        UUID id = Ids.next();
        jdbc.update("""
                INSERT INTO advising_place (id, name, location_code, provisional, entered_by, created_at)
                VALUES (:id, :name, :location, :provisional, :by, :at)""", new MapSqlParameterSource("id", id)
                .addValue("name", name).addValue("location", location).addValue("provisional", provisional)
                .addValue("by", enteredBy).addValue("at", Timestamp.from(now)));
        return id;
    }

    /** Provisional people and places named by engagements the viewer may see (read through the marking filter). */
    List<ProvisionalEntry> provisional() {
        MarkedQuery query = MarkedQuery.select("x.id, x.kind, x.name, x.entered_by").from("""
                (SELECT p.id, p.kind, p.name, p.entered_by, e.classification, e.releasable_to
                   FROM advising_person p JOIN advising_attendee a ON a.person_id = p.id
                   JOIN advising_engagement e ON e.id = a.engagement_id
                  WHERE p.provisional = TRUE AND p.merged_into IS NULL
                 UNION
                 SELECT l.id, 'PLACE', l.name, l.entered_by, e.classification, e.releasable_to
                   FROM advising_place l JOIN advising_engagement e ON e.place_id = l.id
                  WHERE l.provisional = TRUE AND l.merged_into IS NULL)""", "x").orderByDefault("x.kind, x.name");
        Map<UUID, ProvisionalEntry> entries = new LinkedHashMap<>();
        marked.list(query, (row, i) -> new ProvisionalEntry(row.getObject("id", UUID.class), row.getString("kind"),
                row.getString("name"), row.getString("entered_by")))
                .forEach(entry -> entries.putIfAbsent(entry.id(), entry));
        return new ArrayList<>(entries.values());
    }

    List<KnownEntry> known(String kind) {
        if (PLACE.equals(kind)) {
            return jdbc.query("SELECT id, name FROM advising_place WHERE provisional = FALSE ORDER BY name",
                    (row, i) -> new KnownEntry(row.getObject("id", UUID.class), PLACE, row.getString("name")));
        }
        return jdbc.query("""
                SELECT id, name FROM advising_person WHERE provisional = FALSE AND kind = :kind ORDER BY name""",
                Map.of("kind", kind), (row, i) -> new KnownEntry(row.getObject("id", UUID.class), kind,
                        row.getString("name")));
    }

    /** Merges a provisional entry into a known one of the same kind; answers the engagements that named it. */
    List<UUID> merge(UUID provisional, UUID into) {
        boolean place = kindOf("advising_place", provisional).isPresent();
        String table = place ? "advising_place" : "advising_person";
        String kind = kindOf(table, provisional).orElseThrow(() -> new NotFound("Provisional entry " + provisional));
        String target = kindOf(table, into).orElseThrow(() -> new InvalidInput("into", "error.choice",
                "no known entry " + into));
        if (!kind.equals(target)) {
            throw new InvalidInput("into", "advising.error.intoKind",
                    "a " + kind.toLowerCase(Locale.ROOT) + " can only be merged into a "
                    + kind.toLowerCase(Locale.ROOT));
        }
        Boolean open = jdbc.queryForObject("SELECT provisional AND merged_into IS NULL FROM " + table
                + " WHERE id = :id", Map.of("id", provisional), Boolean.class);
        if (!Boolean.TRUE.equals(open) || provisional.equals(into)) {
            throw new InvalidInput("provisional", "advising.error.merged",
                    "only a provisional entry not yet merged can be merged");
        }
        Map<String, Object> ids = Map.of("from", provisional, "into", into);
        List<UUID> engagements;
        if (place) {
            engagements = jdbc.queryForList("SELECT id FROM advising_engagement WHERE place_id = :from", ids, UUID.class);
            jdbc.update("UPDATE advising_engagement SET place_id = :into, place_name = (SELECT name FROM "
                    + "advising_place WHERE id = :into) WHERE place_id = :from", ids);
        } else {
            engagements = jdbc.queryForList("SELECT engagement_id FROM advising_attendee WHERE person_id = :from",
                    ids, UUID.class);
            jdbc.update("""
                    DELETE FROM advising_attendee WHERE person_id = :from AND engagement_id IN
                        (SELECT engagement_id FROM advising_attendee WHERE person_id = :into)""", ids);
            jdbc.update("UPDATE advising_attendee SET person_id = :into WHERE person_id = :from", ids);
        }
        jdbc.update("UPDATE " + table + " SET merged_into = :into WHERE id = :from", ids);
        return engagements;
    }

    /** The names present at an engagement, by role, as its attendee rows now say. */
    List<String> names(UUID engagement, String role) {
        return jdbc.queryForList("""
                SELECT p.name FROM advising_attendee a JOIN advising_person p ON p.id = a.person_id
                WHERE a.engagement_id = :id AND a.role = :role ORDER BY p.name""",
                Map.of("id", engagement, "role", role), String.class);
    }

    void detach(UUID engagement) {
        jdbc.update("DELETE FROM advising_attendee WHERE engagement_id = :id", Map.of("id", engagement));
    }

    String placeName(UUID engagement) {
        return jdbc.queryForObject("SELECT place_name FROM advising_engagement WHERE id = :id", Map.of("id",
                engagement), String.class);
    }

    /** Attendee rows for many engagements at once: engagement id, person id, role. */
    void attendAll(List<Object[]> rows) {
        jdbc.getJdbcTemplate().batchUpdate(
                "INSERT INTO advising_attendee (engagement_id, person_id, role) VALUES (?, ?, ?)", rows);
    }

    void attend(UUID engagement, List<UUID> people, String role) {
        jdbc.batchUpdate("INSERT INTO advising_attendee (engagement_id, person_id, role) VALUES (:e, :p, :r)",
                people.stream().distinct().map(person -> new MapSqlParameterSource("e", engagement)
                        .addValue("p", person).addValue("r", role)).toArray(MapSqlParameterSource[]::new));
    }

    private Optional<UUID> find(String table, String kindCondition, String kind, String name) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("name", name.toLowerCase(Locale.ROOT))
                .addValue("kind", kind);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, merged_into FROM " + table + " WHERE "
                + kindCondition + "LOWER(name) = :name ORDER BY provisional, created_at", parameters);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object merged = rows.get(0).get("merged_into");
        return Optional.of((UUID) (merged != null ? merged : rows.get(0).get("id")));
    }

    private Optional<String> kindOf(String table, UUID id) {
        String column = table.equals("advising_place") ? "'" + PLACE + "'" : "kind";
        return jdbc.queryForList("SELECT " + column + " FROM " + table + " WHERE id = :id", Map.of("id", id),
                String.class).stream().findFirst();
    }
}
