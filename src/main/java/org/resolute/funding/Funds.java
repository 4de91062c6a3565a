package org.resolute.funding;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** The funds the mission's trust funds and budgets are kept in, for other modules (a decision's funding effect). */
@NamedInterface("api")
public interface Funds {

    List<Fund> funds();
}
