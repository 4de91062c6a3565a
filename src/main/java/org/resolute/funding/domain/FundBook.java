package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.funding.Fund;
import org.resolute.funding.Funds;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Funds, donors, Board meetings and exchange rates; every write reaches the audit trail. */
@Service
@Transactional(readOnly = true)
public class FundBook implements Funds {

    private final FundTable table;
    private final ApplicationEventPublisher events;
    private final String rateSource;
    private final IatiCodes codes;

    FundBook(FundTable table, ApplicationEventPublisher events,
            @Value("${resolute.funding.rate-source:DEMO}") String rateSource, IatiCodes codes) {
        this.table = table;
        this.events = events;
        this.rateSource = rateSource;
        this.codes = codes;
    }

    @Override
    public List<Fund> funds() {
        return table.funds().all();
    }

    public Fund fund(String code) {
        return table.funds().named(code);
    }

    public List<Donor> donors() {
        return table.donors().all();
    }

    public Donor donor(String code) {
        return table.donors().named(code);
    }

    /** Adds a donor (the funds are open to the wider international community); its code and IATI id are unique. */
    @Transactional
    public Donor addDonor(Donor donor) {
        if (table.donors().find(donor.code()).isPresent()) {
            throw new InvalidInput("code", "there is already a donor " + donor.code());
        }
        if (!codes.registered(donor.iatiIdentifier())) {
            throw new InvalidInput("iatiIdentifier", "'" + donor.iatiIdentifier() + "' does not start with an "
                    + "organisation identifier prefix of the org-id register (org-id.guide), e.g. XM-DAC-12 or "
                    + "GB-GOV-1");
        }
        try {
            table.insert(donor);
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("iatiIdentifier", "another donor has the IATI identifier "
                    + donor.iatiIdentifier());
        }
        events.publishEvent(RecordChanged.saved("Donor", donor.code(), donor, Marking.PUBLIC));
        return donor;
    }

    public List<BoardMeeting> boardMeetings(String fund) {
        return table.meetings(fund(fund).code());
    }

    public BoardMeeting boardMeeting(UUID id) {
        return table.meeting(id).orElseThrow(() -> new NotFound("Board meeting " + id));
    }

    @Transactional
    public BoardMeeting recordBoardMeeting(String fund, LocalDate heldOn, String title, String source) {
        if (heldOn == null) {
            throw new InvalidInput("heldOn", "error.required", "a Board meeting needs its date");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new InvalidInput("title", "funding.error.title.long",
                    "a Board meeting needs a title of at most 200 characters", 200);
        }
        BoardMeeting meeting = new BoardMeeting(Ids.next(), fund(fund).code(), heldOn, title.strip(),
                source == null || source.isBlank() ? "entered by " + Viewers.current().username()
                        : source.strip());
        table.insert(meeting);
        events.publishEvent(RecordChanged.saved("BoardMeeting", meeting.id(), meeting, Marking.PUBLIC));
        return meeting;
    }

    /** The latest rate of the configured source on or before the date; refused when there is none. */
    public ExchangeRate rate(String currency, LocalDate on) {
        return findRate(currency, on).orElseThrow(() -> new InvalidInput("currency",
                "funding.error.noRate", "there is no " + rateSource + " rate for " + currency + " on or before " + on,
                currency, on));
    }

    /** The latest rate of the configured source on or before the date, if there is one: for reports. */
    public Optional<ExchangeRate> findRate(String currency, LocalDate on) {
        if ("USD".equals(currency)) {
            return Optional.of(new ExchangeRate("USD", on, rateSource, BigDecimal.ONE,
                    "identity"));
        }
        return table.rate(currency, rateSource, on);
    }

    @Transactional
    public void storeRate(ExchangeRate rate) {
        table.insert(rate);
        events.publishEvent(RecordChanged.saved("ExchangeRate", rate.currency() + "/" + rate.source() + "/"
                + rate.rateDate(), rate, Marking.PUBLIC));
    }

    public List<ExchangeRate> rates(String currency) {
        return table.rates(currency);
    }
}
