package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostingsTest {

    @Test
    void collectionFiguresAreRoundedToThreeSignificantDigits() {
        assertThat(Postings.threeDigits(10_000)).isEqualTo(10_000);
        assertThat(Postings.threeDigits(10_001)).isEqualTo(10_000);
        assertThat(Postings.threeDigits(10_049)).isEqualTo(10_000);
        assertThat(Postings.threeDigits(10_050)).isEqualTo(10_100);
        assertThat(Postings.threeDigits(2_987.3)).isEqualTo(2_990);
        assertThat(Postings.threeDigits(999)).isEqualTo(999);
        assertThat(Postings.threeDigits(1)).isEqualTo(1);
        assertThat(Postings.threeDigits(0)).isZero();
    }
}
