package org.gazette.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PermalinkTest {

    @Test
    void expandsEveryTokenZeroPadded() {
        ZonedDateTime date = ZonedDateTime.of(2024, 3, 8, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
        assertThat(new Permalink("/:year/:month/:day/:slug/").expand(date, "march-8")).isEqualTo("/2024/03/08/march-8/");
        assertThat(new Permalink(Permalink.DEFAULT).expand(date.withYear(987), "x")).isEqualTo("/0987/03/x/");
    }

    @Test
    void aPatternThatWouldLeaveTheSiteIsRefused() {
        assertThat(Permalink.validate("/../../:slug/")).hasValueSatisfying(m -> assertThat(m)
                .isEqualTo("permalink /../../:slug/ holds a . or .. folder, which would put pages outside the site"
                        + " (separate folders with single /, without . or .., like /:year/:month/:slug/)"));
        assertThat(Permalink.validate("/:year/./:slug/")).hasValueSatisfying(m -> assertThat(m).contains(". or .. folder"));
        assertThat(Permalink.validate("//:slug/")).hasValueSatisfying(m -> assertThat(m).contains("holds //"));
        assertThat(Permalink.validate("/news\\..\\:slug/")).hasValueSatisfying(m -> assertThat(m).contains("holds \\"));
        assertThat(Permalink.validate("/news/:year/:slug/")).isEmpty();
        assertThat(Permalink.validate("/.gazette/:slug/")).hasValueSatisfying(m -> assertThat(m)
                .contains("leads into /.gazette/, where the build keeps its own files"));
        assertThat(Permalink.validate("/..:slug../")).as("dots inside a name are a name").isEmpty();
    }

    @Test
    void padsAsStringFormatDoes() {
        for (int value = -1200; value <= 12_000; value++) {
            assertThat(Permalink.zeroPadded(value, 4)).isEqualTo(String.format("%04d", value));
            assertThat(Permalink.zeroPadded(value, 2)).isEqualTo(String.format("%02d", value));
        }
    }
}
