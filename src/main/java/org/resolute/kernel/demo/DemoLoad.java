package org.resolute.kernel.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.DemoDataset;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.cluster.StartUpTurn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo dataset's parts ({@link DemoDataset} beans), in order, each in one transaction, as the system.
 * By default in the background once the application is ready, so sign-in is served within seconds of the start
 * while the books and engagements load; pages say what is still loading, readiness reports it and
 * {@code resolute.demo.datasets} counts it. With {@code resolute.demo.background=false} (as tests run) the
 * parts load before the application is ready, after every reference-data runner (order 100). In the background
 * the load holds the nodes' start-up turn, so that nodes started together on one database load it once. A part
 * that fails is logged and left out, whole; the others load.
 */
@Component
@Order(100)
public class DemoLoad implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoad.class);

    private final List<DemoDataset> datasets;
    private final TransactionTemplate transaction;
    private final boolean background;
    private final StartUpTurn turn;
    private final List<String> loaded = new CopyOnWriteArrayList<>();
    private final List<String> failed = new CopyOnWriteArrayList<>();
    private volatile @Nullable String loading;

    DemoLoad(List<DemoDataset> datasets, PlatformTransactionManager transactions, MeterRegistry registry,
            StartUpTurn turn, @Value("${resolute.demo.background:true}") boolean background) {
        this.turn = turn;
        this.datasets = datasets.stream().sorted(Comparator.comparingInt(DemoDataset::order)).toList();
        this.transaction = new TransactionTemplate(transactions);
        this.background = background;
        Gauge.builder("resolute.demo.datasets", this, load -> load.loaded.size()).tag("state", "loaded")
                .description("Parts of the demo dataset loaded, and still to load").register(registry);
        Gauge.builder("resolute.demo.datasets", this, load -> load.progress().pending().size())
                .tag("state", "pending").register(registry);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!background) {
            loadAll();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void whenReady() {
        if (background && !datasets.isEmpty()) {
            Thread thread = new Thread(() -> turn.inTurn(this::loadAll), "demo-load");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** What is loaded, loading and still to load. */
    public Progress progress() {
        List<String> pending = new ArrayList<>();
        for (DemoDataset dataset : datasets) {
            if (!loaded.contains(dataset.name()) && !failed.contains(dataset.name())) {
                pending.add(dataset.name());
            }
        }
        return new Progress(List.copyOf(loaded), loading, List.copyOf(pending), List.copyOf(failed),
                datasets.size());
    }

    private void loadAll() {
        long started = System.nanoTime();
        for (DemoDataset dataset : datasets) {
            loading = dataset.name();
            try {
                Viewers.runAs(Viewer.SYSTEM, () -> transaction.executeWithoutResult(status -> dataset.load()));
                loaded.add(dataset.name());
            } catch (RuntimeException e) {
                log.error("The demo dataset's part {} could not be loaded; it is left out", dataset.name(), e);
                failed.add(dataset.name());
            }
        }
        loading = null;
        log.info("Demo dataset loaded: {} parts in {} ms{}", loaded.size(), (System.nanoTime() - started) / 1_000_000,
                failed.isEmpty() ? "" : ", " + failed.size() + " failed: " + failed);
    }

    /**
     * @param loaded the message keys of the parts loaded
     * @param loading the part being loaded, if one is
     * @param pending the parts still to load (the one loading among them)
     * @param failed the parts that could not be loaded
     * @param total how many parts there are
     */
    public record Progress(List<String> loaded, @Nullable String loading, List<String> pending, List<String> failed,
            int total) {

        public boolean finished() {
            return pending.isEmpty();
        }
    }
}
