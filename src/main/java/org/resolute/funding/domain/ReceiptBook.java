package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.MarkedBook;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.RequestHash;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Records a receipt and its posting in one transaction, once per idempotency key ({@link KeyedWrites}): the
 * posting's unique key decides a race, the loser rolls back and answers the first receipt if it asked the same.
 * The pledge it pays moves to partly received or received.
 */
@Service
class ReceiptBook extends MarkedBook<ContributionFilter, Receipt> implements Receipts {

    private final ReceiptTable table;
    private final PledgeBook pledges;
    private final FundBook register;
    private final AccountOpeningPostings books;
    private final Ledger ledger;
    private final ReceiptsAgreement agreement;
    private final ApplicationEventPublisher events;
    private final JournalTable postings;
    private final KeyedWrites keyed;

    ReceiptBook(ReceiptTable table, PledgeBook pledges, FundBook register, AccountOpeningPostings books, Ledger ledger,
            ReceiptsAgreement agreement, ApplicationEventPublisher events, JournalTable postings,
            KeyedWrites keyed) {
        super(table);
        this.table = table;
        this.postings = postings;
        this.keyed = keyed;
        this.pledges = pledges;
        this.register = register;
        this.books = books;
        this.ledger = ledger;
        this.agreement = agreement;
        this.events = events;
    }

    @Override
    public Recorded<Receipt> record(NewReceipt request) {
        String asked = requestHash(request);
        return keyed.onceUnder(request.idempotencyKey(), "receipt", asked, postings::requestHash, table::underKey,
                key -> write(key, asked, request));
    }

    /** What a receipt request asks, whatever it writes (its new id, the rate found, the posting). */
    static String requestHash(NewReceipt request) {
        return RequestHash.of("receipt").field("donor", upper(request.donor())).field("fund", upper(request.fund()))
                .field("pledge", request.pledge()).field("pledgeYear", request.pledgeYear())
                .field("amount", request.amount()).field("valueDate", request.valueDate())
                .field("bankReference", request.bankReference()).field("provenance", request.provenance())
                .field("marking", request.marking()).value();
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Reads the donor, the fund, the pledge and the rate once each, moves the pledge on before the posting (so the
     * pledge's row is read and written at one point, and the posting's locks come after it), then posts and
     * stores the receipt, all in the transaction of {@link KeyedWrites}.
     */
    private Receipt write(String key, String asked, NewReceipt request) {
        Donor donor = register.donor(request.donor());
        String fund = register.fund(request.fund()).code();
        Pledge pledge = pledgeOf(request, donor.code(), fund);
        ExchangeRate rate = register.rate(request.amount().currencyCode(), request.valueDate());
        Receipt draft = draft(request, donor, fund, pledge, rate);
        if (pledge != null) {
            follow(pledge, List.of(draft));
        }
        var posting = ledger.post(books.receipt(key, fund, donor.code(), request.amount(), draft.usd(),
                request.valueDate(), "Receipt from " + donor.code() + " to " + fund + " (" + request.bankReference()
                        + ")", "Receipt:" + draft.id(), draft.marking()).askedAs(asked));
        Receipt receipt = draft.postedAs(posting.posting().id());
        table.insert(receipt);
        agreement.check(List.of(receipt.id()));
        events.publishEvent(RecordChanged.created("Receipt", receipt.id(), receipt, receipt.marking()));
        return receipt;
    }

    /**
     * Records many receipts inside the caller's transaction, set-based: funds, donors, pledges and rates looked up
     * once each, the postings written as one batch, the receipts inserted in bulk, and each pledge followed once.
     * The receipts are audited through what brings them (an import's entry) and the batch's entry (ADR 0005).
     * A receipt whose key was used already is left as it was.
     */
    List<Receipt> recordAll(List<NewReceipt> requests) {
        Map<String, Donor> donors = new HashMap<>();
        Map<String, String> funds = new HashMap<>();
        Map<String, Optional<Pledge>> pledgesByYear = new HashMap<>();
        Map<String, ExchangeRate> rates = new HashMap<>();
        List<NewPosting> postings = new ArrayList<>(requests.size());
        List<Receipt> drafts = new ArrayList<>(requests.size());
        for (NewReceipt request : requests) {
            Donor donorRecord = donors.computeIfAbsent(request.donor(), register::donor);
            String donor = donorRecord.code();
            String fund = funds.computeIfAbsent(request.fund(), code -> register.fund(code).code());
            int askedYear = request.pledgeYear() != null ? request.pledgeYear() : request.valueDate().getYear();
            Pledge pledge = request.pledge() != null ? pledgeOf(request, donor, fund)
                    : pledgesByYear.computeIfAbsent(donor + "|" + fund + "|" + askedYear, k -> Optional.ofNullable(
                            pledgeOf(request, donor, fund))).orElse(null);
            ExchangeRate rate = rates.computeIfAbsent(request.amount().currencyCode() + "|" + request.valueDate(),
                    k -> register.rate(request.amount().currencyCode(), request.valueDate()));
            Receipt draft = draft(request, donorRecord, fund, pledge, rate);
            postings.add(books.receipt("receipt:" + request.idempotencyKey(), fund, donor, request.amount(),
                    draft.usd(), request.valueDate(), "Receipt from " + donor + " to " + fund + " ("
                            + request.bankReference() + ")", "Receipt:" + draft.id(), draft.marking())
                    .askedAs(requestHash(request)));
            drafts.add(draft);
        }
        List<PostingResult> posted = ledger.postAll(postings);
        List<Receipt> written = new ArrayList<>();
        Set<UUID> followed = new LinkedHashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (!posted.get(i).replayed()) {
                Receipt draft = drafts.get(i);
                written.add(draft.postedAs(posted.get(i).posting().id()));
                if (draft.pledge() != null) {
                    followed.add(draft.pledge());
                }
            }
        }
        table.insertAll(written);
        agreement.check(written.stream().map(Receipt::id).toList());
        followed.forEach(pledge -> follow(pledges.get(pledge), List.of()));
        return written;
    }

    /** The receipt a request makes, valued at the rate, before the ledger posts it. */
    private static Receipt draft(NewReceipt request, Donor donor, String fund, Pledge pledge, ExchangeRate rate) {
        int year = request.pledgeYear() != null ? request.pledgeYear()
                : pledge != null ? Math.max(pledge.firstYear(), Math.min(pledge.lastYear(),
                        request.valueDate().getYear())) : request.valueDate().getYear();
        Money usd = new Money(request.amount().amount().multiply(rate.usdPerUnit()).setScale(2,
                RoundingMode.HALF_EVEN), Currency.getInstance("USD"));
        return new Receipt(Ids.next(), donor.code(), fund, pledge == null ? null : pledge.id(), year,
                request.amount(), request.valueDate(), request.bankReference().strip(), usd, rate.usdPerUnit(),
                rate.source(), rate.rateDate(), null, request.provenance() != null ? request.provenance()
                        : new Provenance(request.bankReference().strip(), request.valueDate(), ProvenanceStatus.EXACT),
                request.marking() != null ? request.marking() : donor.defaultMarking());
    }

    private Pledge pledgeOf(NewReceipt request, String donor, String fund) {
        if (request.pledge() != null) {
            Pledge pledge = pledges.get(request.pledge());
            if (!pledge.donor().equals(donor) || !pledge.fund().equals(fund)) {
                throw new InvalidInput("pledge", "the pledge is " + pledge.donor() + "'s to " + pledge.fund());
            }
            if (pledge.status() == PledgeStatus.CANCELLED) {
                throw new InvalidInput("pledge", "the pledge was cancelled");
            }
            return pledge;
        }
        int year = request.pledgeYear() != null ? request.pledgeYear() : request.valueDate().getYear();
        return pledges.list(new ContributionFilter(donor, fund, year)).stream()
                .filter(pledge -> pledge.status() != PledgeStatus.CANCELLED).findFirst().orElse(null);
    }

    /**
     * Moves the pledge to partly received or received by what has come in, in the pledge's currency: the receipts
     * stored and those arriving (not stored yet).
     */
    private void follow(Pledge pledge, List<Receipt> arriving) {
        if (pledge.status() == PledgeStatus.RECEIVED) {
            return;
        }
        String currency = pledge.annualAmount().currencyCode();
        BigDecimal received = BigDecimal.ZERO;
        Map<LocalDate, BigDecimal> rates = new HashMap<>();
        List<Receipt> receipts = Stream.concat(table.ofPledge(pledge.id()).stream(), arriving.stream()).toList();
        for (Receipt receipt : receipts) {
            received = received.add(receipt.amount().currencyCode().equals(currency) ? receipt.amount().amount()
                    : receipt.usd().amount().divide(rates.computeIfAbsent(receipt.valueDate(), day ->
                            register.rate(currency, day).usdPerUnit()), 4, RoundingMode.HALF_EVEN));
        }
        BigDecimal pledged = pledge.annualAmount().amount().multiply(BigDecimal.valueOf(pledge.years()));
        PledgeStatus status = received.compareTo(pledged) >= 0 ? PledgeStatus.RECEIVED : PledgeStatus.PARTLY_RECEIVED;
        if (status != pledge.status()) {
            pledges.save(pledge, status, pledge.boardMeeting());
        }
    }
}
