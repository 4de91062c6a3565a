package org.resolute.funding;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * One of the funding streams: who administers it, what it pays for, its windows or earmarks, its fiscal calendar.
 *
 * @param source the reference module's source id the description rests on
 */
@NamedInterface("api")
public record Fund(String code, String name, String administrator, String purpose, String windows,
        String fiscalCalendar, LocalDate established, String iatiIdentifier, String source) {
}
