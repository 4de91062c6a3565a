package org.resolute.dashboard.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The log line a newcomer waits for (the README quotes it): written when the application is ready to serve pages,
 * with the address to open, in words a newcomer reads; Spring's own "Started" line comes before it is ready.
 */
@Component
class ReadyLine {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyLine.class);

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        LOG.info("Resolute is ready: open http://localhost:{}/ (sign in at http://localhost:{}/login)", port, port);
    }
}
