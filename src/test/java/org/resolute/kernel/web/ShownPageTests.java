package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.PageResult;

/** A page of a list in memory is the one asked for, or the last there is: never an empty page past the end. */
class ShownPageTests {

    final List<Integer> rows = List.of(1, 2, 3, 4, 5);

    @Test
    void thePageAskedForIsShownWithTheWholeListCounted() {
        PageResult<Integer> page = ShownPage.of(rows, 1, 2);

        assertThat(page.items()).containsExactly(3, 4);
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.totalItems()).isEqualTo(5);
    }

    @Test
    void aPagePastTheEndShowsTheLastAndABelowZeroOneTheFirst() {
        assertThat(ShownPage.of(rows, 9, 2).items()).containsExactly(5);
        assertThat(ShownPage.of(rows, 9, 2).page()).isEqualTo(2);
        assertThat(ShownPage.of(rows, -1, 2).items()).containsExactly(1, 2);
    }

    @Test
    void anEmptyListIsOneEmptyFirstPage() {
        PageResult<Integer> page = ShownPage.of(List.of(), 3, 2);

        assertThat(page.items()).isEmpty();
        assertThat(page.page()).isZero();
    }
}
