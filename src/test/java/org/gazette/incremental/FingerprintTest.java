package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fingerprints of values: the same for equal values, different for values of different kinds that print alike. */
class FingerprintTest {

    private static byte[] of(Object value) {
        return new Fingerprint().add(value).digest();
    }

    @Test
    void equalValuesGiveEqualFingerprints() {
        assertThat(of(List.of("甲", 5, true))).isEqualTo(of(List.of("甲", 5, true)));
    }

    @Test
    void valuesOfDifferentKindsThatPrintAlikeDiffer() {
        List<Object> values = Arrays.asList("5", (short) 5, 5, 5L, (byte) 5, 5.0, 5.0f, new BigDecimal("5"), BigInteger.valueOf(5),
                List.of(), Arrays.asList((Object) null), 0L, true, "true".getBytes(StandardCharsets.UTF_8), '中', '文', "中");
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                assertThat(of(values.get(i))).as("%s (%s) and %s (%s)", values.get(i), kind(values.get(i)), values.get(j),
                        kind(values.get(j))).isNotEqualTo(of(values.get(j)));
            }
        }
    }

    private static String kind(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
