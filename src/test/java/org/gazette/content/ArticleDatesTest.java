package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
            "1000-01-01,                1000-01-01T00:00+08:05:43[Asia/Shanghai]",
            "9999-12-31 23:59,          9999-12-31T23:59+08:00[Asia/Shanghai]",
    })
    void readsDatesInTheSiteZone(String text, String expected) {
        assertThat(ArticleDates.parse(text, SHANGHAI)).contains(ZonedDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 May", "2023-13-01", "2023-02-30", "2023/12/26", "yesterday", "2023-12-26 25:00", "",
            "0000-01-01", "0999-12-31", "-2023-01-01", "+2023-01-01", "12023-01-01", "-2023-01-01T08:00:00+08:00"})
    void refusesWhatIsNotADate(String text) {
        assertThat(ArticleDates.parse(text, SHANGHAI)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023-02-30       | is not a day of the calendar (February 2023 has 28 days)",
            "2024-02-30 08:00 | is not a day of the calendar (February 2024 has 29 days)",
            "2023-04-31       | is not a day of the calendar (April 2023 has 30 days)",
            "2023-13-01       | is not a day of the calendar (there is no month 13; write YYYY-MM-DD)",
            "0000-01-01       | has the year 0000, not one from 1000 to 9999 (use YYYY-MM-DD or YYYY-MM-DD HH:MM, such as 2023-12-26 08:00)",
            "-2023-01-01      | has the year -2023, not one from 1000 to 9999 (use YYYY-MM-DD or YYYY-MM-DD HH:MM, such as 2023-12-26 08:00)",
            "20234-03-08      | has the year 20234, not one from 1000 to 9999 (use YYYY-MM-DD or YYYY-MM-DD HH:MM, such as 2023-12-26 08:00)",
    })
    void saysWhatIsWrongWithADateWrittenInTheRightForm(String text, String fault) {
        assertThat(ArticleDates.faultOf(text)).contains(fault);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 May", "2023/12/26", "2023-12-26 25:00", "2023-12-26"})
    void hasNoParticularFaultForOtherTexts(String text) {
        assertThat(ArticleDates.faultOf(text)).isEmpty();
    }
    @Test
    void readsTheCommonFormsWithoutTheFormatterAsTheFormatterReadsThem() {
        // Dates shaped like the common forms, and near misses, each read both ways.
        Random random = new Random(11);
        String[] separators = {"-", "-", "-", "/", "--"};
        String[] betweens = {" ", " ", "T", "  ", "t", "\t", ""};
        int common = 0;
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder(number(random, 3, 5));
            text.append(separators[random.nextInt(separators.length)]).append(number(random, 1, 3));
            text.append(separators[random.nextInt(separators.length)]).append(number(random, 1, 3));
            if (random.nextBoolean()) {
                text.append(betweens[random.nextInt(betweens.length)]).append(number(random, 1, 3));
                text.append(random.nextInt(8) == 0 ? "." : ":").append(number(random, 1, 3));
                if (random.nextInt(3) == 0) {
                    text.append(random.nextInt(4) == 0 ? "+08:00" : ":" + number(random, 1, 3));
                }
            }
            String date = random.nextInt(10) == 0 ? " " + text + " " : text.toString();
            assertThat(ArticleDates.parse(date, SHANGHAI)).as(date).isEqualTo(ArticleDates.parseAnyForm(date, SHANGHAI));
            common += ArticleDates.parse(date, SHANGHAI).isPresent() ? 1 : 0;
        }
        assertThat(common).as("dates read").isGreaterThan(500);
    }

    /** From {@code min} to {@code max} digits, most often a year, month, day, hour or minute that can be. */
    private static String number(Random random, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append(i == 0 && length == 4 ? (char) ('1' + random.nextInt(3)) : (char) ('0' + random.nextInt(i == 0 ? 4 : 10)));
        }
        return digits.toString();
    }
}
