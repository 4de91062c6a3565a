package org.resolute.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * An installation whose funds and donors were loaded before V12 (activity identifiers such as XM-NATO-ANATF, the
 * unregistered AF-GOV-MOF, no reporting organisation, sector or projects) gets the publishing data on its next
 * start, and a start with the data in place changes nothing.
 */
abstract class IatiReferenceDataTests {

    @Autowired
    IatiReferenceData data;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void anInstallationLoadedBeforeV12GetsRegisteredIdentifiersSectorsAndProjectsOnItsNextStart() {
        jdbc.update("""
                UPDATE funding_fund SET iati_identifier = 'XM-NATO-ANATF', reporting_org_name = NULL,
                       reporting_org_ref = NULL, reporting_org_type = NULL, sector = NULL, iati_changed_at = NULL
                WHERE code = 'ANATF'
                """, Map.of());
        jdbc.update("UPDATE funding_donor SET iati_identifier = 'AF-GOV-MOF' WHERE code = 'AFG'", Map.of());
        Map<String, Object> before = anatf();

        data.run(null);

        assertThat(before.get("iati_identifier")).isEqualTo("XM-NATO-ANATF");
        Map<String, Object> after = anatf();
        assertThat(after.get("iati_identifier")).isEqualTo("XI-WIKIDATA-Q7184-ANATF");
        assertThat(after.get("reporting_org_ref")).isEqualTo("XI-WIKIDATA-Q7184");
        assertThat(after.get("reporting_org_type")).isEqualTo("40");
        assertThat(after.get("sector")).isEqualTo("15210");
        assertThat(after.get("iati_changed_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT iati_identifier FROM funding_donor WHERE code = 'AFG'", Map.of(),
                String.class)).isEqualTo("XI-WIKIDATA-Q889");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_project WHERE fund = 'ANATF'", Map.of(),
                Long.class)).isEqualTo(3);

        data.run(null);

        assertThat(anatf()).isEqualTo(after);
    }

    Map<String, Object> anatf() {
        return jdbc.queryForMap("""
                SELECT iati_identifier, reporting_org_ref, reporting_org_type, sector, iati_changed_at
                FROM funding_fund WHERE code = 'ANATF'
                """, Map.of());
    }
}

@OnH2
class IatiReferenceDataOnH2Tests extends IatiReferenceDataTests {
}

@OnPostgres
class IatiReferenceDataOnPostgresTests extends IatiReferenceDataTests {
}
