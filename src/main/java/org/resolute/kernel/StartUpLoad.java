package org.resolute.kernel;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an installation loads on start before anyone signs in (reference data, the first accounts): each load runs
 * in one transaction, so a bad file leaves nothing behind, and as the {@link Viewer#SYSTEM system}, since no user
 * is there to read or write as. A loader says only what it loads; its {@code @Order} says when. The run stays
 * overridable: a loader is proxied by class for the transaction.
 */
public abstract class StartUpLoad implements ApplicationRunner {

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Viewers.runAs(Viewer.SYSTEM, this::load);
    }

    /** Loads what the installation does not have yet; a later start finds it there and loads nothing twice. */
    protected abstract void load();
}
