package org.resolute.kernel;

/** A record that does not exist, or that the viewer may not see (the two answer alike: 404). */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
