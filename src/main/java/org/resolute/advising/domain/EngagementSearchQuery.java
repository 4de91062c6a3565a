package org.resolute.advising.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.resolute.kernel.MarkedQuery;

/**
 * The read behind an engagement search. A search by functional area (or, without one, by roadmap pillar) starts
 * from that code's link rows, which repeat the engagement's id, date, institution, status and marking (written with
 * the engagement, in the same transaction, and rewritten with it): the count and the first page then read one index
 * of the link table in date order instead of joining every engagement of the dates to its link rows. The
 * engagement's other columns are joined by id; a count that filters on none of them never reads the engagement
 * table. Each engagement has at most one link row per code, so the rows found are those of the engagement table.
 */
final class EngagementSearchQuery {

    /** The engagement columns a link row does not repeat. */
    private static final String OTHER_COLUMNS = """
            x.title, x.command_code, x.duration_minutes, x.place_id, x.place_name, x.held, x.mode, x.atmosphere,
            x.key_outcomes, x.next_steps, x.details, x.advisor_nation, x.areas, x.pillars, x.advisors,
            x.counterparts, x.status_note, x.author, x.decided_by, x.decided_at, x.search_text, x.source,
            x.provenance_status, x.created_at, x.version""";

    private EngagementSearchQuery() {
    }

    static MarkedQuery of(EngagementSearch search, List<String> institutions, LocalDate today) {
        MarkedQuery query;
        if (!search.area().isEmpty()) {
            query = EngagementTable.select(fromLinks("advising_engagement_area", "area_code"))
                    .where("e.link_code = :area", "area", search.area());
        } else if (!search.pillar().isEmpty()) {
            query = EngagementTable.select(fromLinks("advising_engagement_pillar", "pillar_code"))
                    .where("e.link_code = :pillar", "pillar", search.pillar());
        } else {
            query = EngagementTable.select("advising_engagement");
        }
        if (!search.area().isEmpty() && !search.pillar().isEmpty()) {
            query.where("EXISTS (SELECT 1 FROM advising_engagement_pillar p WHERE p.engagement_id = e.id "
                    + "AND p.pillar_code = :pillar)", "pillar", search.pillar());
        }
        String[] words = search.text().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isBlank()) {
                query.where("e.search_text LIKE :word" + i, "word" + i, "%" + words[i] + "%");
            }
        }
        query.whereIfPresent(search.from(), "e.engagement_date >= :from", "from")
                .whereIfPresent(search.to(), "e.engagement_date <= :to", "to")
                .whereIfPresent(search.nation(), "e.advisor_nation = :nation", "nation")
                .whereIfPresent(search.command(), "e.command_code = :command", "command");
        if (!institutions.isEmpty()) {
            query.where("e.institution_code IN (:institutions)", "institutions", institutions);
        }
        if (search.status().equals(EngagementSearch.DUE)) {
            query.where("e.status = 'PLANNED' AND e.engagement_date < :today", "today", today);
        } else {
            query.whereIfPresent(search.status(), "e.status = :status", "status");
        }
        if (search.marking() != null) {
            query.where("e.classification = :marking", "marking", search.marking().name());
        }
        return query;
    }

    /** The engagements linked to a code, as rows of the engagement table with the link's code as link_code. */
    static String fromLinks(String linkTable, String codeColumn) {
        return "(SELECT l." + codeColumn + " AS link_code, l.engagement_id AS id, l.engagement_date, "
                + "l.institution_code, l.status, l.classification, l.releasable_to, " + OTHER_COLUMNS + " FROM "
                + linkTable + " l LEFT JOIN advising_engagement x ON x.id = l.engagement_id)";
    }
}
