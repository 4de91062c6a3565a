package org.resolute.funding;

/** Whether a donor is a nation or an organisation (the European Union, a development bank). */
public enum DonorKind {
    NATION, ORGANISATION
}
