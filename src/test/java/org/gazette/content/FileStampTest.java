package org.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which stamps a cache may keep to tell, next time, that a file did not change. */
class FileStampTest {

    private static final long CHANGED = 1_764_547_200_000L;
    private final FileStamp stamp = new FileStamp(233_036, CHANGED, 5137);

    @Test
    void aFileLookedAtTwoSecondsOrMoreAfterItChangedIsKeptAsItIs() {
        assertThat(stamp.toKeep(CHANGED + FileStamp.SETTLING_MILLIS)).isSameAs(stamp);
        assertThat(stamp.toKeep(CHANGED + 3_600_000)).isSameAs(stamp);
    }

    @Test
    void aFileLookedAtSoonerIsKeptUnsettledWithItsLengthAndInode() {
        assertThat(stamp.toKeep(CHANGED + FileStamp.SETTLING_MILLIS - 1)).isEqualTo(new FileStamp(233_036, FileStamp.UNSETTLED, 5137));
        assertThat(stamp.toKeep(CHANGED)).extracting(FileStamp::changed).isEqualTo(FileStamp.UNSETTLED);
    }

    @Test
    void aTimeAheadOfTheClockIsUnsettled() {
        // A file system whose clock runs ahead (a network drive): its files are looked at every time.
        assertThat(stamp.toKeep(CHANGED - 60_000)).extracting(FileStamp::changed).isEqualTo(FileStamp.UNSETTLED);
    }

    @Test
    void anUnsettledTimeIsNoFilesTime() {
        assertThat(FileStamp.UNSETTLED).as("not the time of a file that is not there (-1), nor any time").isNegative().isNotEqualTo(-1);
    }
}
