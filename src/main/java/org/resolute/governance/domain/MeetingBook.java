package org.resolute.governance.domain;

import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.MarkedBook;
import org.resolute.kernel.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meetings recorded, limited to what the current viewer may see; administrators record them. */
@Service
@Transactional(readOnly = true)
public class MeetingBook extends MarkedBook<GovernanceFilter, Meeting> {

    private final MeetingTables tables;
    private final DecisionRules rules;
    private final ApplicationEventPublisher events;

    MeetingBook(MeetingTables tables, DecisionRules rules, ApplicationEventPublisher events) {
        super(tables);
        this.tables = tables;
        this.rules = rules;
        this.events = events;
    }

    public Optional<Meeting> find(UUID id) {
        return tables.find(id);
    }

    @Transactional
    /** Records a meeting; {@link InvalidInput} names the field at fault. */
    public Meeting record(NewMeeting meeting) {
        Meeting checked = rules.check(Ids.next(), meeting);
        tables.insert(checked);
        events.publishEvent(RecordChanged.saved("Meeting", checked.id(), checked, checked.marking()));
        return checked;
    }
}
