package org.resolute.funding.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.MarkedBook;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.StaleUpdate;
import org.resolute.kernel.Viewers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Announces, confirms and cancels pledges; a pledge's status otherwise follows the money received. */
@Service
@Transactional(readOnly = true)
class PledgeBook extends MarkedBook<ContributionFilter, Pledge> implements Pledges {

    private final PledgeTable table;
    private final FundBook register;
    private final ApplicationEventPublisher events;

    PledgeBook(PledgeTable table, FundBook register, ApplicationEventPublisher events) {
        super(table);
        this.table = table;
        this.register = register;
        this.events = events;
    }

    @Override
    @Transactional
    public Pledge announce(NewPledge pledge) {
        Donor donor = register.donor(pledge.donor());
        String fund = register.fund(pledge.fund()).code();
        valued(pledge);
        Pledge announced = new Pledge(Ids.next(), donor.code(), fund, pledge.firstYear(), pledge.lastYear(),
                pledge.annualAmount(), PledgeStatus.ANNOUNCED, pledge.announcedOn(), null,
                pledge.provenance() != null ? pledge.provenance() : new Provenance("entered by "
                        + Viewers.current().username(), pledge.announcedOn(), ProvenanceStatus.EXACT),
                pledge.marking() != null ? pledge.marking() : donor.defaultMarking(), 0);
        table.insert(announced);
        events.publishEvent(RecordChanged.saved("Pledge", announced.id(), announced, announced.marking()));
        return announced;
    }

    /** Refuses a pledge the books could not value: reconciliation takes it in US dollars on the day announced. */
    private void valued(NewPledge pledge) {
        try {
            register.rate(pledge.annualAmount().currencyCode(), pledge.announcedOn());
        } catch (InvalidInput noRate) {
            throw new InvalidInput("announcedOn", "funding.error.pledge.noRate", noRate.getMessage()
                    + ", so the books could not value a pledge announced then; record the rate first",
                    pledge.annualAmount().currencyCode(), pledge.announcedOn());
        }
    }

    @Override
    @Transactional
    public Pledge confirm(UUID id, UUID boardMeeting) {
        Pledge pledge = get(id);
        BoardMeeting meeting = register.boardMeeting(boardMeeting);
        if (!meeting.fund().equals(pledge.fund())) {
            throw new InvalidInput("boardMeeting", "funding.error.confirm.fund", "a pledge to " + pledge.fund()
                    + " is confirmed by a Board meeting of " + pledge.fund() + ", not of " + meeting.fund(),
                    pledge.fund(), meeting.fund());
        }
        if (pledge.status() != PledgeStatus.ANNOUNCED) {
            throw new InvalidInput("status", "funding.error.confirm.status",
                    "only an announced pledge can be confirmed; this one is " + pledge.status());
        }
        return save(pledge, PledgeStatus.CONFIRMED, meeting.id());
    }

    @Override
    @Transactional
    public Pledge cancel(UUID id) {
        Pledge pledge = get(id);
        if (!EnumSet.of(PledgeStatus.ANNOUNCED, PledgeStatus.CONFIRMED).contains(pledge.status())) {
            throw new InvalidInput("status", "funding.error.cancel.status",
                    "a pledge with money received is not cancelled; it is " + pledge.status());
        }
        return save(pledge, PledgeStatus.CANCELLED, pledge.boardMeeting());
    }

    Pledge save(Pledge pledge, PledgeStatus status, UUID meeting) {
        Pledge moved = new Pledge(pledge.id(), pledge.donor(), pledge.fund(), pledge.firstYear(), pledge.lastYear(),
                pledge.annualAmount(), status, pledge.announcedOn(), meeting, pledge.provenance(), pledge.marking(),
                pledge.version() + 1);
        if (!table.update(moved, pledge.version())) {
            throw new StaleUpdate("The pledge " + pledge.id() + " was changed meanwhile; reload it");
        }
        events.publishEvent(RecordChanged.saved("Pledge", moved.id(), moved, moved.marking()));
        return moved;
    }

    @Override
    public Pledge get(UUID id) {
        return table.find(id).orElseThrow(() -> new NotFound("Pledge " + id));
    }

    @Override
    public List<Pledge> confirmedAt(UUID boardMeeting) {
        return table.confirmedAt(boardMeeting);
    }
}
