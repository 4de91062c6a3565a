package org.resolute.audit.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.resolute.audit.AuditAction;
import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewers;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Appends an entry for every save and delete of every aggregate, and for every {@link RecordChanged}, inside
 * the writer's transaction: a change and its entry commit or roll back together. The entry's "before" is the
 * "after" of the record's previous entry, so the record is never read again; a record its writer announces as
 * just created has no previous entry, and none is looked for.
 */
@Component
class AuditRecorder {

    private static final String ROOT_PACKAGE = "org.resolute.";

    private final AuditEntries entries;
    private final RecordStates states;
    private final RelationalMappingContext mapping;
    private final Clock clock;

    AuditRecorder(AuditEntries entries, RecordStates states, RelationalMappingContext mapping, Clock clock) {
        this.entries = entries;
        this.states = states;
        this.mapping = mapping;
        this.clock = clock;
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        Object record = event.getEntity();
        record(moduleOf(record.getClass()), record.getClass().getSimpleName(), idOf(record),
                states.stateOf(record), Optional.of(markingOf(record)), false);
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        Optional<Marking> marking = Optional.ofNullable(event.getEntity()).map(AuditRecorder::markingOf);
        String id = event.getId() != null ? String.valueOf(event.getId().getValue()) : idOf(event.getEntity());
        record(moduleOf(event.getType()), event.getType().getSimpleName(), id, null, marking, false);
    }

    @EventListener
    void changed(RecordChanged event) {
        String module = event.after().map(after -> moduleOf(after.getClass())).orElse(null);
        record(module, event.recordType(), event.recordId(), event.after().map(states::stateOf).orElse(null),
                Optional.of(event.marking()), event.created());
    }

    /**
     * @param module null when the change does not say (a record announced as a map or a type outside
     *        {@code org.resolute}): then the module of the record's earlier entries, else "unknown"
     * @param after null for a deletion
     * @param marking empty when the change does not say: then the marking of the record's earlier entries
     * @param created the writer has just created the record, so there are no earlier entries to look for
     */
    private void record(String module, String recordType, String recordId, String after,
            Optional<Marking> marking, boolean created) {
        Optional<NewEntry> previous = created ? Optional.empty() : entries.latest(recordType, recordId);
        boolean existed = previous.filter(entry -> entry.action() != AuditAction.DELETED).isPresent();
        AuditAction action = after == null ? AuditAction.DELETED
                : existed ? AuditAction.UPDATED : AuditAction.CREATED;
        entries.append(new NewEntry(clock.instant().truncatedTo(ChronoUnit.MICROS), Viewers.current().username(),
                module != null ? module : previous.map(NewEntry::module).orElse("unknown"), recordType, recordId,
                action, existed ? previous.get().after() : null, after,
                marking.or(() -> previous.map(NewEntry::marking)).orElse(Marking.MISSION)));
    }

    private String idOf(Object record) {
        return String.valueOf(mapping.getRequiredPersistentEntity(record.getClass()).getIdentifierAccessor(record)
                .getRequiredIdentifier());
    }

    private static Marking markingOf(Object record) {
        return record instanceof Marked marked ? marked.marking() : Marking.MISSION;
    }

    /** The module is the package segment after {@code org.resolute.}: identity, funding, force and so on. */
    static String moduleOf(Class<?> type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT_PACKAGE)) {
            return null;
        }
        String rest = name.substring(ROOT_PACKAGE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
