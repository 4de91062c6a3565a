package org.resolute.funding.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.funding.Fund;
import org.resolute.funding.FundingHorizon;
import org.resolute.funding.FundingHorizons;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The funding horizons (public, like the decisions that set them), kept in {@code funding_horizon}. */
@Service
@Transactional(readOnly = true)
public class HorizonBook implements FundingHorizons {

    private final JdbcClient jdbc;
    private final FundBook funds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HorizonBook(JdbcClient jdbc, FundBook funds, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.funds = funds;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FundingHorizon record(String fund, int throughYear, String basis, String decisionRef, String source) {
        Fund known = funds.fund(fund);
        if (throughYear < 2007 || throughYear > 2100) {
            throw new InvalidInput("throughYear", "throughYear " + throughYear + " is not between 2007 and 2100");
        }
        String why = required(basis, "basis", 400);
        String decision = required(decisionRef, "decisionRef", 200);
        String cited = required(source, "source", 200);
        FundingHorizon horizon = new FundingHorizon(Ids.next(), known.code(), throughYear, why, decision, cited,
                Viewers.current().username(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("""
                INSERT INTO funding_horizon (id, fund, through_year, basis, decision_ref, source, recorded_by,
                    recorded_at)
                VALUES (:id, :fund, :year, :basis, :decision, :source, :by, :at)""")
                .param("id", horizon.id()).param("fund", horizon.fund()).param("year", throughYear)
                .param("basis", why).param("decision", decision).param("source", cited)
                .param("by", horizon.recordedBy()).param("at", horizon.recordedAt().atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(RecordChanged.saved("FundingHorizon", horizon.id(), horizon, Marking.PUBLIC));
        return horizon;
    }

    @Override
    public Optional<FundingHorizon> find(UUID id) {
        return jdbc.sql("SELECT * FROM funding_horizon WHERE id = :id").param("id", id)
                .query(HorizonBook::horizon).optional();
    }

    /** Every horizon, by fund and year. */
    public List<FundingHorizon> all() {
        return jdbc.sql("SELECT * FROM funding_horizon ORDER BY fund, through_year, recorded_at")
                .query(HorizonBook::horizon).list();
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, field + " is missing");
        }
        String text = value.strip();
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static FundingHorizon horizon(ResultSet row, int index) throws SQLException {
        return new FundingHorizon(row.getObject("id", UUID.class), row.getString("fund"), row.getInt("through_year"),
                row.getString("basis"), row.getString("decision_ref"), row.getString("source"),
                row.getString("recorded_by"), row.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
