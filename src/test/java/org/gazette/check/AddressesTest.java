package org.gazette.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void resolvesRelativeAddressesFromAPage() {
        assertThat(Addresses.resolve("/2023/12/a/", "../b/")).isEqualTo("/2023/12/b/");
        assertThat(Addresses.resolve("/2023/12/a/", "../../11/b/?x=1#top")).isEqualTo("/2023/11/b/");
        assertThat(Addresses.resolve("/2023/12/a/", "photo.jpg")).isEqualTo("/2023/12/a/photo.jpg");
        assertThat(Addresses.resolve("/2023/12/a/", "./")).isEqualTo("/2023/12/a/");
        assertThat(Addresses.resolve("/2023/12/a/", "..")).isEqualTo("/2023/12/");
        assertThat(Addresses.resolve("/2023/12/a/", "../../../../../x")).isEqualTo("/x");
        assertThat(Addresses.resolve("/2023/12/a/", "/tags/妇联/")).isEqualTo("/tags/妇联/");
    }

    @Test
    void tellsSchemesFromPaths() {
        assertThat(Addresses.scheme("https://example.org/")).contains("https");
        assertThat(Addresses.scheme("mailto:a@b.c")).contains("mailto");
        assertThat(Addresses.scheme("photo:visit")).contains("photo");
        assertThat(Addresses.scheme("../a:b/")).isEmpty();
        assertThat(Addresses.scheme("/x")).isEmpty();
    }
}
