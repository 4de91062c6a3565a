package org.resolute.funding.domain;

import java.util.List;

/** Allocations to projects, disbursements and expenditure, each one balanced posting. */
public interface Movements {

    Recorded<Movement> record(NewMovement movement);

    List<Movement> list(String fund);
}
