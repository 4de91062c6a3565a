package org.resolute.kernel.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Money;
import org.resolute.kernel.Role;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Money, numbers, dates and codes read as a person writes them, in English and in French. */
class FormatsTests {

    private static final String NBSP = "\u00a0";

    private final Formats english = new Formats(Locale.ENGLISH, messages());
    private final Formats french = new Formats(Locale.FRENCH, messages());

    @Test
    void moneyCarriesItsCurrencyAndTheLocalesGrouping() {
        Money money = Money.of("3150000000.00", "USD");
        assertThat(english.money(money)).isEqualTo("USD" + NBSP + "3,150,000,000");
        assertThat(french.money(money)).matches("3.150.000.000" + NBSP + "USD");
    }

    @Test
    void centsShowWhenThereAreSomeAndAlwaysInTheExactForm() {
        assertThat(english.money(Money.of("1234.5", "EUR"))).isEqualTo("EUR" + NBSP + "1,234.50");
        assertThat(english.moneyExact(Money.of("1234", "GBP"))).isEqualTo("GBP" + NBSP + "1,234.00");
        assertThat(english.money(Money.of("-20", "USD"))).isEqualTo("USD" + NBSP + "-20");
        assertThat(english.money(Money.of("1000", "JPY"))).isEqualTo("JPY" + NBSP + "1,000");
    }

    @Test
    void troopsAndSharesReadAsNumbers() {
        assertThat(english.number(15937)).isEqualTo("15,937");
        assertThat(french.number(15937)).matches("15.937");
        assertThat(english.percent(0.894, 1)).isEqualTo("89.4%");
    }

    @Test
    void datesAreWrittenOutInTheReadersLanguage() {
        assertThat(english.date(LocalDate.of(2020, 10, 31))).isEqualTo("31 Oct 2020");
        assertThat(french.date(LocalDate.of(2020, 10, 31))).isEqualTo("31 oct. 2020");
        assertThat(english.dateTime(Instant.parse("2020-10-31T14:05:00Z"))).isEqualTo("31 Oct 2020, 14:05 UTC");
    }

    @Test
    void nationsAreNamedInTheReadersLanguage() {
        assertThat(english.nation("GBR")).isEqualTo("United Kingdom");
        assertThat(french.nation("GBR")).isEqualTo("Royaume-Uni");
        assertThat(english.nations(List.of("AUS", "DEU"))).isEqualTo("Australia, Germany");
        assertThat(english.nation("XKX")).isEqualTo("XKX");
    }

    @Test
    void codesHaveNamesAndAMissingNameShowsAsAKey() {
        assertThat(english.name(Role.DONOR_REPRESENTATIVE)).isEqualTo("Donor representative");
        assertThat(french.name(Role.DONOR_REPRESENTATIVE)).isEqualTo("Repr\u00e9sentant de donateur");
        assertThat(french.name(Classification.RESTRICTED)).isEqualTo("Diffusion restreinte");
        assertThat(english.name("Role", "NO_SUCH_ROLE")).isEqualTo("??code.Role.NO_SUCH_ROLE??");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/common");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
