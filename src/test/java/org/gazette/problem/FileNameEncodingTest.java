package org.gazette.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which names this JVM can turn into file names. */
class FileNameEncodingTest {

    @Test
    void aNameCanBeHeldExactlyWhenThisJvmsFileNameEncodingEncodesIt() {
        CharsetEncoder encoder = Charset.forName(FileNameEncoding.name()).newEncoder();
        List<String> names = List.of("index.html", "tags/妇联/index.html", "photos/\uD840\uDC0B.jpg", "photos/\uD840.jpg",
                "photos/\uDC0B", "\uDC0B\uD840", "\uFFFD", "");
        for (String name : names) {
            assertThat(FileNameEncoding.canHold(name)).as(name).isEqualTo(encoder.canEncode(name));
        }
        if (encoder.charset().name().equals("UTF-8")) { // as the build and CI run it; LANG=C gives ASCII
            assertThat(names.stream().filter(FileNameEncoding::canHold)).hasSize(5);
        }
    }
}
