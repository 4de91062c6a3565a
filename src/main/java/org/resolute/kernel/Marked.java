package org.resolute.kernel;

/** A record that carries a {@link Marking}; such records are read only through {@link MarkedRecords}. */
public interface Marked {

    Marking marking();
}
