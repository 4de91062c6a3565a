package org.resolute.governance.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.governance.GovernanceFilter;
import org.resolute.governance.Meeting;
import org.resolute.governance.Meetings;
import org.resolute.governance.NewMeeting;
import org.resolute.kernel.Ids;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meetings as recorded. */
@Service
@Transactional(readOnly = true)
class MeetingBook implements Meetings {

    private final MeetingTables tables;
    private final DecisionRules rules;
    private final ApplicationEventPublisher events;

    MeetingBook(MeetingTables tables, DecisionRules rules, ApplicationEventPublisher events) {
        this.tables = tables;
        this.rules = rules;
        this.events = events;
    }

    @Override
    public PageResult<Meeting> search(GovernanceFilter filter, PageQuery page) {
        return tables.page(rules.filter(filter), page);
    }

    @Override
    public List<Meeting> list(GovernanceFilter filter) {
        return tables.list(rules.filter(filter));
    }

    @Override
    public Optional<Meeting> find(UUID id) {
        return tables.find(id);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Meeting record(NewMeeting meeting) {
        Meeting checked = rules.check(Ids.next(), meeting);
        tables.insert(checked);
        events.publishEvent(RecordChanged.saved("Meeting", checked.id(), checked, checked.marking()));
        return checked;
    }
}
