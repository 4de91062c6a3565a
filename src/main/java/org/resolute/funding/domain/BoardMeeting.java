package org.resolute.funding.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A plenary of a fund's Board of donors; the pledges it confirmed point to it. */
public record BoardMeeting(UUID id, String fund, LocalDate heldOn, String title, String source) {
}
