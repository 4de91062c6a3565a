package org.resolute.funding.domain;

/** Whether a donor is a nation or an organisation (the European Union, a development bank). */
public enum DonorKind {
    NATION, ORGANISATION
}
