package org.resolute.funding.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.resolute.funding.Fund;
import org.resolute.kernel.Marking;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.StartUpLoad;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records, on every start, what each fund's IATI activity is published with ({@code funding/iati-funds.csv}: the
 * reporting organisation, its identifier and type, the fund's sector) and the projects funds pay
 * ({@code funding/projects.csv}), where an installation does not have them yet: a new one after the funds are loaded,
 * an older one whose funds were loaded before V12. The activity's identifier becomes the reporting organisation's
 * identifier, a hyphen and the fund's code (IATI rule 1.1.3 and guidance), and a donor loaded with an identifier
 * whose prefix the org-id register does not know gets the one {@code donors.csv} gives it now. Every identifier,
 * sector and type is checked against {@link IatiCodes}: a file that breaks one stops the start, naming it.
 */
@Component
@Order(26)
class IatiReferenceData extends StartUpLoad {

    private final IatiPublishers publishers;
    private final FundTable funds;
    private final IatiCodes codes;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IatiReferenceData(IatiPublishers publishers, FundTable funds, IatiCodes codes, NamedParameterJdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.publishers = publishers;
        this.funds = funds;
        this.codes = codes;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void load() {
        FundingCsv.read("iati-funds.csv", List.of("fund", "reporting_org_name", "reporting_org_ref",
                "reporting_org_type", "sector", "note"), row -> new String[] {row.required("fund"),
                row.required("reporting_org_name"), row.required("reporting_org_ref"),
                row.required("reporting_org_type"), row.required("sector")}).forEach(this::publisher);
        FundingCsv.read("projects.csv", List.of("fund", "code", "name", "sector", "receiver_name", "receiver_ref",
                "receiver_type", "source"), row -> {
                    String fund = row.required("fund");
                    IatiPublishers.Project project = new IatiPublishers.Project(row.required("code"),
                            row.required("name"), row.required("sector"), row.required("receiver_name"),
                            row.text("receiver_ref").isBlank() ? null : row.text("receiver_ref"),
                            row.required("receiver_type"), clock.instant());
                    return Map.entry(fund, Map.entry(project, row.required("source")));
                }).forEach(entry -> project(entry.getKey(), entry.getValue().getKey(), entry.getValue().getValue()));
        FundingCsv.read("donors.csv", List.of("code", "name", "kind", "nation", "iati_identifier"),
                row -> new String[] {row.required("code"), row.required("iati_identifier")}).forEach(this::donor);
    }

    private void publisher(String[] row) {
        String code = row[0];
        Fund fund = funds.funds().find(code).orElse(null);
        if (fund == null || publishers.publisher(code).isPresent()) {
            return;
        }
        IatiPublishers.Publisher publisher = new IatiPublishers.Publisher(row[1], row[2], row[3], row[4],
                clock.instant());
        check(codes.registered(publisher.orgRef()), "iati-funds.csv: " + code + "'s reporting organisation "
                + publisher.orgRef() + " has no prefix of the org-id register");
        check(IatiCodes.organisationType(publisher.orgType()), "iati-funds.csv: " + code
                + "'s organisation type " + publisher.orgType() + " is no IATI OrganisationType code");
        check(codes.sector(publisher.sector()), "iati-funds.csv: " + code + "'s sector " + publisher.sector()
                + " is not in funding/iati/dac-sectors.csv");
        String identifier = publisher.orgRef() + "-" + code;
        publishers.record(code, identifier, publisher);
        events.publishEvent(RecordChanged.saved("Fund", code, Map.of("iatiIdentifier", identifier,
                "reportingOrg", publisher.orgRef(), "reportingOrgType", publisher.orgType(),
                "sector", publisher.sector()), Marking.PUBLIC));
    }

    private void project(String fund, IatiPublishers.Project project, String source) {
        if (funds.funds().find(fund).isEmpty() || publishers.hasProject(project.code())) {
            return;
        }
        check(codes.sector(project.sector()), "projects.csv: " + project.code() + "'s sector " + project.sector()
                + " is not in funding/iati/dac-sectors.csv");
        check(IatiCodes.organisationType(project.receiverType()), "projects.csv: " + project.code()
                + "'s receiver type " + project.receiverType() + " is no IATI OrganisationType code");
        check(project.receiverRef() == null || codes.registered(project.receiverRef()), "projects.csv: "
                + project.code() + "'s receiver " + project.receiverRef() + " has no prefix of the org-id register");
        publishers.insert(fund, project, source);
        events.publishEvent(RecordChanged.saved("Project", project.code(), project, Marking.PUBLIC));
    }

    private void donor(String[] row) {
        Donor donor = funds.donors().find(row[0]).orElse(null);
        if (donor == null || codes.registered(donor.iatiIdentifier()) || donor.iatiIdentifier().equals(row[1])) {
            return;
        }
        check(codes.registered(row[1]), "donors.csv: " + row[0] + "'s identifier " + row[1]
                + " has no prefix of the org-id register");
        jdbc.update("UPDATE funding_donor SET iati_identifier = :identifier WHERE code = :code",
                Map.of("identifier", row[1], "code", row[0]));
        events.publishEvent(RecordChanged.saved("Donor", row[0], Map.of("iatiIdentifier", row[1]),
                Marking.PUBLIC));
    }

    private static void check(boolean holds, String problem) {
        if (!holds) {
            throw new IllegalStateException(problem);
        }
    }
}
