package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aMonthsAddressHasTwoDigitsAndAYearsNone() {
        assertThat(new Period(2023, 3, List.of()).url()).isEqualTo("/2023/03/");
        assertThat(new Period(2023, 12, List.of()).url()).isEqualTo("/2023/12/");
        assertThat(new Period(1999, 0, List.of()).url()).isEqualTo("/1999/");
    }
}
