package org.resolute.funding.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The IATI reference data Resolute checks what it publishes against: the org-id register's prefixes
 * ({@code funding/iati/org-id-prefixes.txt}, with its date and source), the OECD DAC 5-digit sectors it uses
 * ({@code funding/iati/dac-sectors.csv}) and the IATI OrganisationType codes. An identifier without a registered
 * prefix is refused where it is written, so that no file Resolute publishes carries one.
 */
@Component
class IatiCodes {

    /** IATI 2.03 OrganisationType codelist: government (10) to other (90). */
    static final Set<String> ORGANISATION_TYPES = Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60",
            "70", "71", "72", "73", "80", "90");

    private final List<String> prefixes;
    private final Set<String> sectors;

    IatiCodes() {
        this.prefixes = lines("funding/iati/org-id-prefixes.txt").stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).toList();
        this.sectors = lines("funding/iati/dac-sectors.csv").stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the identifier is a registered prefix, a hyphen and at least one character more. */
    boolean registered(String identifier) {
        return identifier != null && prefixes.stream().anyMatch(prefix -> identifier.length() > prefix.length() + 1
                && identifier.startsWith(prefix + "-"));
    }

    boolean sector(String code) {
        return sectors.contains(code);
    }

    static boolean organisationType(String code) {
        return ORGANISATION_TYPES.contains(code);
    }

    private static List<String> lines(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
