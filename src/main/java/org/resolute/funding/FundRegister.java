package org.resolute.funding;

import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** Funds, donors, Board meetings and exchange rates. */
@NamedInterface("api")
public interface FundRegister {

    List<Fund> funds();

    Fund fund(String code);

    List<Donor> donors();

    Donor donor(String code);

    /** Adds a donor (the funds are open to the wider international community); its code and IATI id are unique. */
    Donor addDonor(Donor donor);

    List<BoardMeeting> boardMeetings(String fund);

    BoardMeeting boardMeeting(java.util.UUID id);

    BoardMeeting recordBoardMeeting(String fund, LocalDate heldOn, String title, String source);

    /** The latest rate of the configured source on or before the date; refused when there is none. */
    ExchangeRate rate(String currency, LocalDate on);

    /** The latest rate of the configured source on or before the date, if there is one: for reports. */
    java.util.Optional<ExchangeRate> findRate(String currency, LocalDate on);

    void storeRate(ExchangeRate rate);

    List<ExchangeRate> rates(String currency);
}
