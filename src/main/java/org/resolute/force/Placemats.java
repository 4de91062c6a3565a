package org.resolute.force;

import java.time.LocalDate;

/** The placemat for any date, built from the strength reports the viewer may see. */
public interface Placemats {

    Placemat on(LocalDate date);
}
