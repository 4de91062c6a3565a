package org.resolute.force.domain;

import java.time.LocalDate;

import org.resolute.force.domain.Placemat;

/** The placemat for any date, built from the strength reports the viewer may see. */
public interface Placemats {

    Placemat on(LocalDate date);
}
