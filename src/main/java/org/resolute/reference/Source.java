package org.resolute.reference;

import org.springframework.modulith.NamedInterface;

/**
 * A public source that facts in Resolute cite by id (S01, S72, ...).
 *
 * @param date the date as the source list gives it, which is free text ("2021-02", "undated mirror")
 * @param kind what sort of source it is (official, news, secondary, ...)
 */
@NamedInterface("api")
public record Source(String id, String title, String url, String date, String kind) {
}
