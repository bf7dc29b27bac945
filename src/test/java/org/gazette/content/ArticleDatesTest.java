package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleDatesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest
    @CsvSource({
            "2023-12-26,                2023-12-26T00:00+08:00[Asia/Shanghai]",
            "2023-12-26 08:00,          2023-12-26T08:00+08:00[Asia/Shanghai]",
            "2023-12-26 08:00:30,       2023-12-26T08:00:30+08:00[Asia/Shanghai]",
            "2023-12-26T08:00,          2023-12-26T08:00+08:00[Asia/Shanghai]",
            "2023-12-26T00:00:00Z,      2023-12-26T08:00+08:00[Asia/Shanghai]",
            "2023-12-26T08:00:00+09:00, 2023-12-26T07:00+08:00[Asia/Shanghai]",
            "2023-3-7,                  2023-03-07T00:00+08:00[Asia/Shanghai]",
    })
    void readsDatesInTheSiteZone(String text, String expected) {
        assertThat(ArticleDates.parse(text, SHANGHAI)).contains(ZonedDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 May", "2023-13-01", "2023-02-30", "2023/12/26", "yesterday", "2023-12-26 25:00", ""})
    void refusesWhatIsNotADate(String text) {
        assertThat(ArticleDates.parse(text, SHANGHAI)).isEmpty();
    }
}
