package org.resolute.kernel;

/**
 * A part of the demo dataset, loaded by the module that owns it (demo profile only). The kernel's
 * {@code demo.DemoLoad} loads every part in order, each in one transaction and as the system, so a part appears
 * whole or not at all and needs neither a transaction nor a viewer of its own (a part that needs more than the
 * system's roles runs as its own viewer): in the background once the application is ready (the default), or
 * before it is ready.
 */
public interface DemoDataset {

    /** The message key naming the part for a reader, e.g. {@code demo.dataset.funding}. */
    String name();

    /** Where it comes in the load: a part comes after the parts it builds on. */
    int order();

    /** Loads the part unless it is there already (a later start finds it loaded). */
    void load();
}
