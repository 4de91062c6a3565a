package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.resolute.funding.Fund;
import org.resolute.kernel.Marking;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.StartUpLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The four funds, the donors with their IATI identifiers and the published funding figures (with source and
 * status, from {@code funding/facts.csv}), loaded once on the first start of any installation.
 */
@Component
@Order(25)
class FundingReferenceData extends StartUpLoad {

    private static final String INSERT_FIGURE = """
            INSERT INTO funding_published_figure (id, fund, scope, metric, period, amount, currency, status, source,
                                                  note)
            VALUES (:id, :fund, :scope, :metric, :period, :amount, :currency, :status, :source, :note)
            """;
    private static final Logger log = LoggerFactory.getLogger(FundingReferenceData.class);

    private final FundTable funds;
    private final FundBook register;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    FundingReferenceData(FundTable funds, FundBook register, NamedParameterJdbcTemplate jdbc,
            ApplicationEventPublisher events) {
        this.funds = funds;
        this.register = register;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    protected void load() {
        if (funds.countFunds() > 0) {
            return;
        }
        FundingCsv.read("funds.csv", List.of("code", "name", "administrator", "purpose", "windows",
                "fiscal_calendar", "established", "iati_identifier", "source"), row -> new Fund(
                row.required("code"), row.required("name"), row.required("administrator"),
                row.required("purpose"), row.required("windows"), row.required("fiscal_calendar"),
                row.optionalDate("established"), row.required("iati_identifier"), row.required("source")))
                .forEach(fund -> {
                    funds.insert(fund);
                    events.publishEvent(RecordChanged.saved("Fund", fund.code(), fund, Marking.PUBLIC));
                });
        FundingCsv.read("donors.csv", List.of("code", "name", "kind", "nation", "iati_identifier"),
                row -> new Donor(row.required("code"), row.required("name"), row.oneOf("kind", DonorKind.class),
                        row.text("nation"), row.required("iati_identifier"))).forEach(register::addDonor);
        List<Object[]> facts = FundingCsv.read("facts.csv", List.of("fund", "donor_or_scope", "metric",
                "period_or_as_of", "amount", "currency", "value_status", "source_id", "note"), row -> new Object[] {
                row.required("fund"), row.required("donor_or_scope"), row.required("metric"),
                row.text("period_or_as_of"), row.text("amount"), row.required("currency"),
                row.required("value_status"), row.text("source_id"), row.text("note")});
        int id = 0;
        for (Object[] fact : facts) {
            id++;
            String amount = (String) fact[4];
            if (amount.isBlank()) {
                continue;
            }
            Map<String, Object> figure = Map.of("id", id, "fund", fact[0], "scope", fact[1], "metric", fact[2],
                    "period", fact[3], "amount", new BigDecimal(amount), "currency", fact[5], "status",
                    status((String) fact[6]).name(), "source", fact[7], "note", fact[8]);
            jdbc.update(INSERT_FIGURE, figure);
            events.publishEvent(RecordChanged.saved("PublishedFigure", id, figure, Marking.PUBLIC));
        }
        log.info("Loaded the funds, donors and published funding figures");
    }

    /** The facts table's status words ("lower_bound (over)", "approx_reported") as provenance statuses. */
    static ProvenanceStatus status(String text) {
        String status = text.toLowerCase(Locale.ROOT);
        if (status.startsWith("lower_bound")) {
            return ProvenanceStatus.LOWER_BOUND;
        }
        if (status.startsWith("upper_bound")) {
            return ProvenanceStatus.UPPER_BOUND;
        }
        if (status.startsWith("approx")) {
            return ProvenanceStatus.APPROXIMATE;
        }
        return ProvenanceStatus.EXACT;
    }
}
