package org.resolute.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Money is exact to four places and never mixes currencies. */
class MoneyTests {

    @Test
    void addsExactlyWithoutBinaryRounding() {
        Money sum = Money.of("0.10", "USD").plus(Money.of("0.20", "USD"));
        assertThat(sum).isEqualTo(Money.of("0.3", "USD"));
        assertThat(sum.amount().toPlainString()).isEqualTo("0.3000");
    }

    @Test
    void refusesToAddDifferentCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "GBP")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD").hasMessageContaining("GBP");
    }

    @Test
    void refusesMoreThanFourDecimalPlaces() {
        assertThatThrownBy(() -> Money.of("1.00001", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("1.00010", "USD").amount().toPlainString()).isEqualTo("1.0001");
    }

    @Test
    void refusesAnUnknownCurrency() {
        assertThatThrownBy(() -> Money.of("1", "XXY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XXY");
    }

    @Test
    void printsInTheCurrencysOwnMinorUnits() {
        assertThat(Money.of("70000000", "GBP")).hasToString("70000000.00 GBP");
        assertThat(Money.of("1500", "JPY")).hasToString("1500 JPY");
    }
}
