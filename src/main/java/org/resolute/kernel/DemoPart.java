package org.resolute.kernel;

import java.util.Objects;

/**
 * A {@link DemoDataset} that states its message key and place in the load once, in its constructor, so each part
 * says only how it loads. The accessors stay overridable: a part with {@code @Transactional} is proxied by class,
 * and a final method would read the proxy's own empty fields.
 */
public abstract class DemoPart implements DemoDataset {

    private final String name;
    private final int order;

    protected DemoPart(String name, int order) {
        this.name = Objects.requireNonNull(name, "a demo part needs the message key naming it");
        this.order = order;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int order() {
        return order;
    }
}
