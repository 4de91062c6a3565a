package org.resolute.planning.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import org.resolute.kernel.MarkedQuery;
import org.resolute.kernel.MarkedRecords;
import org.resolute.kernel.Marking;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/**
 * The plan table: jobs, their stored input, progress and result. Plans are marked records: every read is filtered
 * for the current viewer by {@link MarkedRecords}. Writers publish the audit events.
 */
@Component
class PlanTable {

    private final JdbcClient jdbc;
    private final MarkedRecords marked;
    private final JsonMapper json;

    PlanTable(JdbcClient jdbc, MarkedRecords marked, JsonMapper json) {
        this.jdbc = jdbc;
        this.marked = marked;
        this.json = json;
    }

    void insert(Plan plan, PlanInput input) {
        jdbc.sql("""
                INSERT INTO plan (id, kind, status, troop_ceiling, seconds_limit, as_of, illustrative, requested_by,
                    requested_at, input, classification, releasable_to)
                VALUES (:id, :kind, :status, :ceiling, :seconds, :asOf, :illustrative, :by, :at, :input,
                    :classification, :releasableTo)""")
                .param("classification", plan.marking().classification().name())
                .param("releasableTo", plan.marking().releasabilityText())
                .param("id", plan.id()).param("kind", plan.kind().name()).param("status", plan.status().name())
                .param("ceiling", plan.troopCeiling()).param("seconds", plan.secondsLimit())
                .param("asOf", plan.asOf()).param("illustrative", plan.illustrative())
                .param("by", plan.requestedBy()).param("at", Timestamp.from(plan.requestedAt()))
                .param("input", json.writeValueAsString(input)).update();
    }

    Optional<Plan> find(UUID id) {
        return marked.find(select("p.*").where("p.id = :id", "id", id), (rs, n) -> plan(rs));
    }

    PlanInput input(UUID id) {
        return marked.find(select("p.input").where("p.id = :id", "id", id), (rs, n) -> rs.getString("input"))
                .map(text -> json.readValue(text, PlanInput.class)).orElseThrow(() -> new NotFound("plan " + id));
    }

    Optional<PlanResult> result(UUID id) {
        return marked.find(select("p.result").where("p.id = :id AND p.result IS NOT NULL", "id", id),
                (rs, n) -> rs.getString("result")).map(text -> json.readValue(text, PlanResult.class));
    }

    PageResult<Plan> page(PageQuery page) {
        return marked.page(select("p.*"), page, (rs, n) -> plan(rs));
    }

    /**
     * Marks a solved, feasible plan not yet applied as APPLIED; false when it is not (any more) such a plan. The
     * update locks the row, so of two applications at once only one goes through.
     */
    boolean markApplied(UUID id, LocalDate on, String by, Instant at) {
        return jdbc.sql("""
                UPDATE plan SET status = 'APPLIED', applied_on = :on, applied_by = :by, applied_at = :at,
                    version = version + 1
                WHERE id = :id AND status IN ('SOLVED', 'STOPPED') AND hard_score = 0 AND applied_at IS NULL""")
                .param("on", on).param("by", by).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    private static MarkedQuery select(String columns) {
        return MarkedQuery.select(columns).from("plan", "p").orderByDefault("p.requested_at DESC, p.id DESC");
    }

    List<UUID> unfinished() {
        return jdbc.sql("SELECT id FROM plan WHERE status IN ('QUEUED', 'SOLVING') ORDER BY requested_at")
                .query(UUID.class).list();
    }

    /** Moves the plan on from one of the given statuses; false when it was in none of them. */
    boolean moveOn(UUID id, PlanStatus to, Instant at, String failure, List<PlanStatus> from) {
        String column = to == PlanStatus.SOLVING ? "started_at" : "finished_at";
        return jdbc.sql("UPDATE plan SET status = :to, " + column + " = :at, failure = :failure, version = version + 1"
                + " WHERE id = :id AND status IN (:from)")
                .param("to", to.name()).param("at", at == null ? null : Timestamp.from(at)).param("failure", failure)
                .param("id", id).param("from", from.stream().map(Enum::name).toList()).update() == 1;
    }

    /** The best solution so far: its score and its headline figures, which the plan page shows moving. */
    void progress(UUID id, long elapsedMs, long hard, long soft, Outcomes.Headline best) {
        jdbc.sql("""
                UPDATE plan SET elapsed_ms = :elapsed, hard_score = :hard, soft_score = :soft,
                    troops_before = :before, troops_after = :after, coverage_before = :coverageBefore,
                    coverage_after = :coverageAfter
                WHERE id = :id""")
                .param("elapsed", elapsedMs).param("hard", hard).param("soft", soft)
                .param("before", best.troopsBefore()).param("after", best.troopsAfter())
                .param("coverageBefore", BigDecimal.valueOf(best.coverageBefore()))
                .param("coverageAfter", BigDecimal.valueOf(best.coverageAfter())).param("id", id).update();
    }

    /** The posture's score, troops and coverage, which the plan is measured against from its first second. */
    void posture(UUID id, long hard, long soft, Outcomes.Headline posture) {
        jdbc.sql("""
                UPDATE plan SET posture_hard_score = :hard, posture_soft_score = :soft, troops_before = :troops,
                    coverage_before = :coverage
                WHERE id = :id""")
                .param("hard", hard).param("soft", soft).param("troops", posture.troopsBefore())
                .param("coverage", BigDecimal.valueOf(posture.coverageBefore())).param("id", id).update();
    }

    void result(UUID id, long elapsedMs, long hard, long soft, PlanResult result) {
        jdbc.sql("""
                UPDATE plan SET elapsed_ms = :elapsed, hard_score = :hard, soft_score = :soft,
                    troops_before = :before, troops_after = :after, coverage_before = :coverageBefore,
                    coverage_after = :coverageAfter, moves = :moves, withdrawn = :withdrawn, result = :result,
                    version = version + 1
                WHERE id = :id""")
                .param("elapsed", elapsedMs).param("hard", hard).param("soft", soft)
                .param("before", result.troopsBefore()).param("after", result.troopsAfter())
                .param("coverageBefore", BigDecimal.valueOf(result.coverageBefore()))
                .param("coverageAfter", BigDecimal.valueOf(result.coverageAfter())).param("moves", result.moves())
                .param("withdrawn", result.withdrawn()).param("result", json.writeValueAsString(result))
                .param("id", id).update();
    }

    private static Plan plan(ResultSet rs) throws SQLException {
        return new Plan(rs.getObject("id", UUID.class), PlanKind.valueOf(rs.getString("kind")),
                PlanStatus.valueOf(rs.getString("status")), rs.getInt("troop_ceiling"), rs.getInt("seconds_limit"),
                rs.getDate("as_of").toLocalDate(), rs.getBoolean("illustrative"), rs.getString("requested_by"),
                instant(rs, "requested_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getLong("elapsed_ms"), rs.getObject("hard_score", Long.class),
                rs.getObject("soft_score", Long.class), rs.getObject("posture_hard_score", Long.class),
                rs.getObject("posture_soft_score", Long.class), rs.getObject("troops_before", Integer.class),
                rs.getObject("troops_after", Integer.class), decimal(rs, "coverage_before"),
                decimal(rs, "coverage_after"), rs.getObject("moves", Integer.class),
                rs.getObject("withdrawn", Integer.class), rs.getString("failure"), instant(rs, "applied_at"),
                rs.getString("applied_by"), rs.getObject("applied_on", LocalDate.class),
                Marking.read(rs),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
