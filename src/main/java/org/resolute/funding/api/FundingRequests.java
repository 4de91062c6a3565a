package org.resolute.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

import org.resolute.funding.Donor;
import org.resolute.funding.DonorKind;
import org.resolute.funding.MarkingText;
import org.resolute.funding.MovementKind;
import org.resolute.funding.NewMovement;
import org.resolute.funding.NewPledge;
import org.resolute.funding.NewReceipt;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;

/** The request bodies of the funding API. Leave classification empty for the donor's default marking. */
final class FundingRequests {

    private FundingRequests() {
    }

    static Money money(BigDecimal amount, String currency, String field) {
        if (amount == null || currency == null) {
            throw new InvalidInput(field, "an amount and its ISO 4217 currency are needed");
        }
        try {
            return new Money(amount, Currency.getInstance(currency.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "'" + currency + "' is not an ISO 4217 currency, or the amount has more "
                    + "than 4 decimals");
        }
    }

    /** A new donor: a nation (ISO alpha-3 code and nation) or an organisation, with its IATI identifier. */
    record DonorRequest(String code, String name, DonorKind kind, String nation, String iatiIdentifier) {

        Donor toDonor() {
            return new Donor(code, name, kind, nation, iatiIdentifier);
        }
    }

    /** A pledge of an amount a year from firstYear to lastYear (lastYear empty for one year). */
    record PledgeRequest(String donor, String fund, Integer firstYear, Integer lastYear, BigDecimal annualAmount,
            String currency, LocalDate announcedOn, String classification, String releasableTo) {

        NewPledge toNew() {
            if (firstYear == null) {
                throw new InvalidInput("firstYear", "a pledge needs the year it is for");
            }
            return new NewPledge(donor, fund, firstYear, lastYear == null ? 0 : lastYear,
                    money(annualAmount, currency, "annualAmount"), announcedOn, null,
                    MarkingText.parse(classification, releasableTo));
        }
    }

    /** The Board meeting that confirms a pledge. */
    record Confirmation(UUID boardMeeting) {
    }

    /** A Board plenary of a fund. */
    record BoardMeetingRequest(LocalDate heldOn, String title, String source) {
    }

    /** A receipt; without pledge, it pays the donor's pledge for pledgeYear (default: the value date's year). */
    record ReceiptRequest(String donor, String fund, UUID pledge, Integer pledgeYear, BigDecimal amount,
            String currency, LocalDate valueDate, String bankReference, String classification,
            String releasableTo) {

        NewReceipt toNew(String key) {
            return new NewReceipt(key, donor, fund, pledge, pledgeYear, money(amount, currency, "amount"), valueDate,
                    bankReference, null, MarkingText.parse(classification, releasableTo));
        }
    }

    /**
     * An allocation, disbursement or expenditure in US dollars; or a CONVERSION, which sells soldAmount of
     * soldCurrency at rate (units of boughtCurrency, default USD, per unit sold) and names neither project nor
     * amountUsd: what it buys is the amount sold times the rate.
     */
    record MovementRequest(String fund, MovementKind kind, String project, BigDecimal amountUsd, LocalDate valueDate,
            String description, String classification, String releasableTo, BigDecimal soldAmount,
            String soldCurrency, String boughtCurrency, BigDecimal rate) {

        NewMovement toNew(String key) {
            if (kind == MovementKind.CONVERSION) {
                if (amountUsd != null) {
                    throw new InvalidInput("amountUsd", "a conversion buys the amount sold times the rate; leave "
                            + "amountUsd empty");
                }
                Money bought = money(BigDecimal.ONE, boughtCurrency == null || boughtCurrency.isBlank() ? "USD"
                        : boughtCurrency, "boughtCurrency");
                return NewMovement.conversion(key, fund, money(soldAmount, soldCurrency, "soldAmount"),
                        bought.currency(), rate, valueDate, description, null,
                        MarkingText.parse(classification, releasableTo));
            }
            return new NewMovement(key, fund, kind, project, money(amountUsd, "USD", "amountUsd"), valueDate,
                    description, null, MarkingText.parse(classification, releasableTo));
        }
    }
}
