package org.resolute.kernel;

/** An update made against a version of a record that someone else has changed since: answered with 409. */
public class StaleUpdate extends RuntimeException {

    public StaleUpdate(String what) {
        super(what + " was changed by someone else since you loaded it; reload and try again");
    }
}
