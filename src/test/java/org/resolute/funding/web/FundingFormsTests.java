package org.resolute.funding.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.NewPledge;
import org.resolute.funding.domain.ReconciliationLine;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The funding forms read what a fund manager types the way the reader writes numbers, refuse each wrong field by
 * name with all the others, and never guess; the reconciliation's totals add up every line per currency.
 */
class FundingFormsTests {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anAmountIsReadAsTheReaderWritesNumbersAndWhatReadsTwoWaysIsRefused() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(PledgeForm.amount("amount", "1,250,000.50")).isEqualByComparingTo("1250000.50");
        assertThat(PledgeForm.amount("amount", "70000000")).isEqualByComparingTo("70000000");
        assertThatThrownBy(() -> PledgeForm.amount("amount", "1250000,50")).isInstanceOf(InvalidInput.class);
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(PledgeForm.amount("amount", "1 250 000,50")).isEqualByComparingTo("1250000.50");
        assertThat(PledgeForm.amount("amount", "1\u202f250\u202f000")).isEqualByComparingTo("1250000");
        assertThatThrownBy(() -> PledgeForm.amount("amount", "1,250,000")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aPledgeFormWithAbcForItsAmountIsRefusedForEveryWrongFieldByNameAndReadsNothing() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        FormCheck check = new FormCheck(new MockHttpServletRequest());
        NewPledge read = new PledgeForm("GBR", "ANATF", "twenty", "", "abc", "XYZ", "2020-10-19").read(check);
        assertThat(read).isNull();
        assertThat(check.refused()).isTrue();
        assertThat(check.errors().all().keySet()).containsExactly("firstYear", "amount", "currency");
        InvalidInput amount = catchRefusal(() -> PledgeForm.amount("amount", "abc"));
        assertThat(amount.field()).isEqualTo("amount");
        assertThat(amount.wording().getCodes()).containsExactly("error.number");
        assertThat(catchRefusal(() -> PledgeForm.currency("currency", "XYZ")).wording().getCodes())
                .containsExactly("funding.error.currency");
        assertThat(catchRefusal(() -> PledgeForm.year("firstYear", "twenty")).wording().getCodes())
                .containsExactly("funding.error.year");
    }

    @Test
    void aWellFilledPledgeFormIsReadIntoThePledge() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        FormCheck check = new FormCheck(new MockHttpServletRequest());
        NewPledge read = new PledgeForm("GBR", "ANATF", "2021", "", "70,000,000", "gbp", "2020-10-19").read(check);
        assertThat(check.refused()).isFalse();
        assertThat(read.annualAmount()).isEqualTo(Money.of("70000000", "GBP"));
        assertThat(read.lastYear()).isEqualTo(2021);
    }

    @Test
    void theReconciliationTotalsAddUpEveryLinePerPledgeCurrencyAndTheDollarsApart() {
        ReconciliationTotals totals = ReconciliationTotals.of(List.of(
                line("EUR", "1000000", "600000", "684000", "400000", "-20000", null),
                line("EUR", "500000", "500000", "570000", "0", "5000", null),
                line("GBP", "750000", null, "0", null, null, "no rate for GBP on 2005-01-01")));
        assertThat(totals.perCurrency()).extracting(ReconciliationTotals.PerCurrency::currency)
                .containsExactly("EUR", "GBP");
        ReconciliationTotals.PerCurrency eur = totals.perCurrency().get(0);
        assertThat(eur.pledged()).isEqualByComparingTo("1500000");
        assertThat(eur.shortfall()).isEqualByComparingTo("400000");
        assertThat(totals.receivedUsd()).isEqualByComparingTo("1254000");
        assertThat(totals.fxDifferenceUsd()).isEqualByComparingTo("-15000");
        assertThat(totals.unvalued()).isEqualTo(1);
        assertThat(MissingRate.of("no rate for GBP on 2005-01-01")).isEqualTo(new MissingRate("GBP",
                LocalDate.of(2005, 1, 1)));
    }

    private static ReconciliationLine line(String currency, String pledged, String received, String receivedUsd,
            String shortfall, String fx, String noRate) {
        return new ReconciliationLine("NLD", "ANATF", 2020, currency, new BigDecimal(pledged), BigDecimal.ZERO,
                List.of(), received == null ? null : new BigDecimal(received), new BigDecimal(receivedUsd), null,
                shortfall == null ? null : new BigDecimal(shortfall), null, fx == null ? null : new BigDecimal(fx),
                false, false, noRate);
    }

    private static InvalidInput catchRefusal(Runnable reading) {
        try {
            reading.run();
        } catch (InvalidInput refusal) {
            return refusal;
        }
        throw new AssertionError("not refused");
    }
}
