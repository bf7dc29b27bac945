package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIdsTest {

    @Test
    void numbersKeysInTheOrderFirstSeen() {
        LongIds ids = new LongIds(4);
        assertThat(ids.idOf(42)).isZero();
        assertThat(ids.idOf(7)).isEqualTo(1);
        assertThat(ids.idOf(42)).isZero();
        assertThat(ids.idOf(0)).isEqualTo(2);
        assertThat(ids.idOf(-1)).isEqualTo(3);
        assertThat(ids.size()).isEqualTo(4);
        assertThat(ids.key(1)).isEqualTo(7);
        assertThat(ids.keys()).containsExactly(42, 7, 0, -1);
    }

    @Test
    void agreesWithAHashMapAcrossManyGrowths() {
        LongIds ids = new LongIds(1);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(1);
        for (int i = 0; i < 200_000; i++) {
            // Keys like the index's: close together, with a few high bits set.
            long key = (random.nextInt(4) * (1L << 42)) | random.nextInt(100_000);
            int id = ids.idOf(key);
            assertThat(id).isEqualTo(expected.computeIfAbsent(key, k -> expected.size()));
        }
        assertThat(ids.size()).isEqualTo(expected.size());
        expected.forEach((key, id) -> assertThat(ids.key(id)).isEqualTo(key));
    }

    /** As the index uses it: cleared for each article, after a long one has grown the table. */
    @Test
    void forgetsEveryKeyWhenClearedAfterGrowingOrNot() {
        LongIds ids = new LongIds(4);
        Random random = new Random(2);
        for (int article = 0; article < 50; article++) {
            ids.clear();
            Map<Long, Integer> expected = new HashMap<>();
            int tokens = article % 10 == 0 ? 20_000 : random.nextInt(300);
            for (int i = 0; i < tokens; i++) {
                long key = (random.nextInt(4) * (1L << 42)) | random.nextInt(5_000);
                assertThat(ids.idOf(key)).isEqualTo(expected.computeIfAbsent(key, k -> expected.size()));
            }
            assertThat(ids.size()).isEqualTo(expected.size());
        }
    }
}
