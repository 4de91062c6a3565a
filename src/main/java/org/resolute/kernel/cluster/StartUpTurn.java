package org.resolute.kernel.cluster;

/**
 * Start-up work that nodes on one database must take turns at, such as loading the demo data in the background
 * after the node is ready: run in turn, it waits while another node loads, then finds the data loaded.
 */
@FunctionalInterface
public interface StartUpTurn {

    /** Runs the work holding the start-up turn (waiting for it while another node holds it). */
    void inTurn(Runnable work);
}
