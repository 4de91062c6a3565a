package org.resolute.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.resolute.funding.domain.Donor;
import org.resolute.funding.domain.DonorKind;
import org.resolute.funding.domain.MovementKind;
import org.resolute.funding.domain.NewMovement;
import org.resolute.funding.domain.NewPledge;
import org.resolute.funding.domain.NewReceipt;
import org.resolute.kernel.Amount;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Year;
import org.resolute.reference.CurrencyCode;
import org.resolute.reference.NationCode;
import org.resolute.reference.NationCodes;

/** The request bodies of the funding API. Leave classification empty for the donor's default marking. */
final class FundingRequests {

    private FundingRequests() {
    }

    /** A new donor: a nation (ISO alpha-3 code and nation) or an organisation, with its IATI identifier. */
    record DonorRequest(@Size(max = 20) String code, @Size(max = 200) String name, DonorKind kind,
            @NationCode String nation, @Size(max = 100) String iatiIdentifier) {

        Donor toDonor() {
            return new Donor(code, name, kind, nation, iatiIdentifier);
        }
    }

    /** A pledge of an amount a year from firstYear to lastYear (lastYear empty for one year). */
    record PledgeRequest(@Size(max = 20) String donor, @Size(max = 10) String fund, @Year Integer firstYear,
            @Year Integer lastYear, @Amount BigDecimal annualAmount, @CurrencyCode String currency,
            LocalDate announcedOn,
            @Size(max = 20) String classification, @Size(max = 400) @NationCodes String releasableTo) {

        NewPledge toNew() {
            if (firstYear == null) {
                throw new InvalidInput("firstYear", "a pledge needs the year it is for");
            }
            return new NewPledge(donor, fund, firstYear, lastYear == null ? 0 : lastYear,
                    Money.typed(annualAmount, currency, "annualAmount"), announcedOn, null,
                    Marking.typed(classification, releasableTo).orElse(null));
        }
    }

    /** The Board meeting that confirms a pledge. */
    record Confirmation(UUID boardMeeting) {
    }

    /** A Board plenary of a fund. */
    record BoardMeetingRequest(LocalDate heldOn, @Size(max = 200) String title, @Size(max = 200) String source) {
    }

    /** A receipt; without pledge, it pays the donor's pledge for pledgeYear (default: the value date's year). */
    record ReceiptRequest(@Size(max = 20) String donor, @Size(max = 10) String fund, UUID pledge,
            @Year Integer pledgeYear, @Amount BigDecimal amount, @CurrencyCode String currency, LocalDate valueDate,
            @Size(max = 100) String bankReference,
            @Size(max = 20) String classification, @Size(max = 400) @NationCodes String releasableTo) {

        NewReceipt toNew(String key) {
            return new NewReceipt(key, donor, fund, pledge, pledgeYear, Money.typed(amount, currency, "amount"),
                    valueDate, bankReference, null, Marking.typed(classification, releasableTo).orElse(null));
        }
    }

    /**
     * An allocation, disbursement or expenditure in US dollars; or a CONVERSION, which sells soldAmount of
     * soldCurrency at rate (units of boughtCurrency, default USD, per unit sold) and names neither project nor
     * amountUsd: what it buys is the amount sold times the rate.
     */
    record MovementRequest(@Size(max = 10) String fund, MovementKind kind, @Size(max = 40) String project,
            @Amount BigDecimal amountUsd, LocalDate valueDate, @Size(max = 400) String description,
            @Size(max = 20) String classification, @Size(max = 400) @NationCodes String releasableTo,
            @Amount BigDecimal soldAmount, @CurrencyCode String soldCurrency, @CurrencyCode String boughtCurrency,
            @Digits(integer = 11, fraction = 8) BigDecimal rate) {

        NewMovement toNew(String key) {
            if (kind == MovementKind.CONVERSION) {
                if (amountUsd != null) {
                    throw new InvalidInput("amountUsd", "a conversion buys the amount sold times the rate; leave "
                            + "amountUsd empty");
                }
                Money bought = Money.typed(BigDecimal.ONE, boughtCurrency == null || boughtCurrency.isBlank() ? "USD"
                        : boughtCurrency, "boughtCurrency");
                return NewMovement.conversion(key, fund, Money.typed(soldAmount, soldCurrency, "soldAmount"),
                        bought.currency(), rate, valueDate, description, null,
                        Marking.typed(classification, releasableTo).orElse(null));
            }
            return new NewMovement(key, fund, kind, project, Money.typed(amountUsd, "USD", "amountUsd"), valueDate,
                    description, null, Marking.typed(classification, releasableTo).orElse(null));
        }
    }
}
