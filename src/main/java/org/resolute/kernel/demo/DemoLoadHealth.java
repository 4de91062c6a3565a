package org.resolute.kernel.demo;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The demo load in the health report (and the readiness group): UP, since every page is served while it runs,
 * with how far it has come; DOWN only when a part failed to load.
 */
@Component("demoData")
class DemoLoadHealth implements HealthIndicator {

    private final DemoLoad load;

    DemoLoadHealth(DemoLoad load) {
        this.load = load;
    }

    @Override
    public Health health() {
        DemoLoad.Progress progress = load.progress();
        Health.Builder health = progress.failed().isEmpty() ? Health.up() : Health.down();
        return health.withDetail("loaded", progress.loaded().size()).withDetail("total", progress.total())
                .withDetail("loading", progress.loading() == null ? "" : progress.loading())
                .withDetail("failed", progress.failed()).build();
    }
}
