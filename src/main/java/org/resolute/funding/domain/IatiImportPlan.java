package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resolute.funding.Fund;
import org.resolute.funding.domain.IatiImport.SkipReason;
import org.resolute.funding.domain.IatiImport.Skipped;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;

/**
 * What an IATI file asks to store here, decided before anything is stored: per activity, the incoming pledges (13),
 * incoming commitments (11) and incoming funds (1) of known donors to the fund the activity is, and what is left
 * aside and why (the activity is no fund here, the provider is no donor here, the transaction type is not
 * imported). Left aside is not an error; a transaction that would be imported but cannot be read or valued is, and
 * every such error is named by its element, so the file is refused whole.
 */
final class IatiImportPlan {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("1", "Incoming Funds"),
            Map.entry("2", "Outgoing Commitment"), Map.entry("3", "Disbursement"), Map.entry("4", "Expenditure"),
            Map.entry("5", "Interest Payment"), Map.entry("6", "Loan Repayment"), Map.entry("7", "Reimbursement"),
            Map.entry("8", "Purchase of Equity"), Map.entry("9", "Sale of Equity"),
            Map.entry("10", "Credit Guarantee"), Map.entry("11", "Incoming Commitment"),
            Map.entry("12", "Outgoing Pledge"), Map.entry("13", "Incoming Pledge"));

    /** One transaction to store: a receipt when its type is 1, else a pledge of the value date's year. */
    record Incoming(IatiFile.Activity activity, int index, String type, String fund, String donor, Money value,
            LocalDate valueDate) {

        boolean isReceipt() {
            return type.equals("1");
        }
    }

    private final List<Incoming> incoming = new ArrayList<>();
    private final List<IatiImport.ActivityReport> activities = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private int skippedTransactions;

    /**
     * @param funds the funds by their IATI identifier, upper case
     * @param donors the donors by their IATI identifier, upper case
     * @param rates checks that a currency can be valued on a day; throws {@link InvalidInput} when not
     */
    IatiImportPlan(List<IatiFile.Activity> file, Map<String, Fund> funds, Map<String, Donor> donors,
            BiConsumer<String, LocalDate> rates) {
        for (IatiFile.Activity activity : file) {
            plan(activity, funds, donors, rates);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("file", String.join("; ", errors.subList(0, Math.min(errors.size(), 20)))
                    + (errors.size() > 20 ? "; and " + (errors.size() - 20) + " more" : ""));
        }
    }

    List<Incoming> incoming() {
        return incoming;
    }

    /** The report of the import once stored: all or nothing, so what was planned is what was stored. */
    IatiImport report() {
        int receipts = (int) incoming.stream().filter(Incoming::isReceipt).count();
        return new IatiImport(incoming.size() - receipts, receipts, skippedTransactions, activities);
    }

    private void plan(IatiFile.Activity activity, Map<String, Fund> funds, Map<String, Donor> donors,
            BiConsumer<String, LocalDate> rates) {
        Fund fund = funds.get(activity.identifier().toUpperCase(Locale.ROOT));
        List<Skipped> skipped = new ArrayList<>();
        if (fund == null) {
            skipped.add(new Skipped(null, SkipReason.NOT_FOR_A_FUND_HERE, (activity.identifier().isEmpty()
                    ? "the activity has no iati-identifier, so it names no fund here"
                    : "iati-identifier '" + activity.identifier() + "' is none of the funds kept here; its "
                            + activity.transactions().size() + " transaction(s) are not read")
                    + toFunds(activity, funds)));
            skippedTransactions += activity.transactions().size();
            activities.add(new IatiImport.ActivityReport(activity.identifier(), activity.version(), null, 0, 0,
                    skipped));
            return;
        }
        int pledges = 0;
        int receipts = 0;
        for (IatiFile.Transaction transaction : activity.transactions()) {
            String where = activity.where() + " transaction[" + transaction.index() + "]";
            if (transaction.type() == null) {
                errors.add(where + "/transaction-type/@code: missing");
                continue;
            }
            Skipped skip = skip(transaction, donors);
            if (skip != null) {
                skipped.add(skip);
                skippedTransactions++;
                continue;
            }
            Incoming read = read(where, activity, transaction, fund,
                    donors.get(transaction.provider().toUpperCase(Locale.ROOT)), rates);
            if (read != null) {
                incoming.add(read);
                if (read.isReceipt()) {
                    receipts++;
                } else {
                    pledges++;
                }
            }
        }
        activities.add(new IatiImport.ActivityReport(activity.identifier(), activity.version(), fund.code(), pledges,
                receipts, skipped));
    }

    /**
     * A donor's own activity whose transactions go to a fund here (receiver-activity-id): said, since its
     * publisher may expect them imported; the fund's books take the fund's incoming transactions only, from the
     * fund's own activity, so that no contribution is counted twice.
     */
    private static String toFunds(IatiFile.Activity activity, Map<String, Fund> funds) {
        List<String> to = activity.transactions().stream().filter(transaction -> transaction.receiverActivity()
                != null && funds.containsKey(transaction.receiverActivity().toUpperCase(Locale.ROOT)))
                .map(transaction -> transaction.index() + " to " + funds.get(transaction.receiverActivity()
                        .toUpperCase(Locale.ROOT)).code()).toList();
        return to.isEmpty() ? "" : " (transactions " + String.join(", ", to) + " are the publisher's own, outgoing "
                + "to a fund here: a fund's books take the incoming transactions of the fund's own activity)";
    }

    private static Skipped skip(IatiFile.Transaction transaction, Map<String, Donor> donors) {
        String type = transaction.type();
        if (!IatiFile.INCOMING.contains(type)) {
            return new Skipped(transaction.index(), SkipReason.TRANSACTION_TYPE_NOT_IMPORTED, "type " + type
                    + (TYPES.containsKey(type) ? " (" + TYPES.get(type) + ")" : ", no IATI transaction type,")
                    + " is not imported: an import reads incoming pledges (13), incoming commitments (11) and "
                    + "incoming funds (1)");
        }
        if (transaction.provider() == null) {
            return new Skipped(transaction.index(), SkipReason.UNKNOWN_ORGANISATION, "provider-org"
                    + (transaction.providerName() == null ? "" : " '" + transaction.providerName() + "'")
                    + " has no @ref, so it names no donor here");
        }
        if (!donors.containsKey(transaction.provider().toUpperCase(Locale.ROOT))) {
            return new Skipped(transaction.index(), SkipReason.UNKNOWN_ORGANISATION, "provider-org/@ref '"
                    + transaction.provider() + "'" + (transaction.providerName() == null ? ""
                            : " (" + transaction.providerName() + ")")
                    + " is no donor here; add the donor with this IATI identifier first");
        }
        return null;
    }

    private Incoming read(String where, IatiFile.Activity activity, IatiFile.Transaction transaction, Fund fund,
            Donor donor, BiConsumer<String, LocalDate> rates) {
        int before = errors.size();
        BigDecimal amount = amount(where, transaction.amount());
        String currency = transaction.currency() != null ? transaction.currency() : activity.defaultCurrency();
        if (currency == null || !currency.matches("[A-Za-z]{3}") || !known(currency)) {
            errors.add(where + "/value/@currency: '" + currency + "' is not an ISO 4217 code"
                    + (transaction.currency() == null ? " (the currency comes from the activity's "
                            + "default-currency)" : ""));
        }
        LocalDate date = date(where, transaction);
        if (date != null && !transaction.type().equals("1") && date.getYear() < 2002) {
            errors.add(where + "/value/@value-date: " + date + " is before 2002, the first year a pledge is for");
            date = null;
        }
        if (errors.size() > before) {
            return null;
        }
        currency = currency.toUpperCase(Locale.ROOT);
        try {
            rates.accept(currency, date);
        } catch (InvalidInput noRate) {
            errors.add(where + "/value/@currency: " + noRate.getMessage());
            return null;
        }
        return new Incoming(activity, transaction.index(), transaction.type(), fund.code(), donor.code(),
                new Money(amount, Currency.getInstance(currency)), date);
    }

    private BigDecimal amount(String where, String text) {
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text);
            if (value.signum() <= 0 || value.scale() > Money.SCALE || value.precision() - value.scale() > 15) {
                errors.add(where + "/value: '" + text + "' must be above zero, below 10^15, with at most 4 "
                        + "decimals");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(where + "/value: '" + text + "' is not a number");
            return null;
        }
    }

    private LocalDate date(String where, IatiFile.Transaction transaction) {
        String text = transaction.valueDate() != null ? transaction.valueDate() : transaction.transactionDate();
        String element = transaction.valueDate() != null ? "/value/@value-date" : "/transaction-date/@iso-date";
        if (text == null) {
            errors.add(where + "/value/@value-date: missing (and no transaction-date either)");
            return null;
        }
        Matcher matcher = DATE.matcher(text);
        try {
            LocalDate date = matcher.matches() ? LocalDate.parse(matcher.group(1)) : null;
            if (date == null) {
                errors.add(where + element + ": '" + text + "' is not a date YYYY-MM-DD");
            } else if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                errors.add(where + element + ": " + date + " is not between " + EARLIEST + " and " + LATEST);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(where + element + ": '" + text + "' is not a date YYYY-MM-DD");
            return null;
        }
    }

    private static boolean known(String currency) {
        try {
            Currency.getInstance(currency.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
