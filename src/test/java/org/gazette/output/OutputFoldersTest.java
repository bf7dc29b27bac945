package org.gazette.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging folders beside the output: who writes them, and when a later build may delete them. */
class OutputFoldersTest {

    @TempDir
    Path parent;

    /**
     * On a file system without locks (NFS without its lock daemon: "No locks available") a build
     * goes on without the writer's lock, as it does without the site's build lock: its folder has
     * no lock's file, so it is kept for the hour, as an older Gazette's is.
     */
    @Test
    void aFileSystemWithoutLocksLeavesTheStagingFolderUnlockedAndKeptForTheHour() throws IOException {
        Path staging = Files.createDirectory(parent.resolve(".site" + OutputFolders.STAGING + "1"));

        Optional<FileChannel> claim = OutputFolders.claim(staging, channel -> {
            throw new IOException("No locks available");
        });

        assertThat(claim).isEmpty();
        assertThat(staging.resolve(OutputFolders.WRITER_LOCK).getParent()).as("neither writer.lock nor writer.lock.new")
                .isEmptyDirectory();
        OutputFolders.dropStaleFolders(parent.resolve("site"));
        assertThat(staging).as("made within the hour: perhaps a running build's").isDirectory();
        OutputFolders.release(staging, claim);
    }

    @Test
    void aClaimedFolderHasItsLockUntilReleased() throws IOException {
        Path staging = Files.createDirectory(parent.resolve(".site" + OutputFolders.STAGING + "2"));

        Optional<FileChannel> claim = OutputFolders.claim(staging);

        assertThat(claim).isPresent();
        assertThat(staging.resolve(OutputFolders.WRITER_LOCK)).isRegularFile();
        OutputFolders.release(staging, claim);
        assertThat(staging.resolve(OutputFolders.WRITER_LOCK)).doesNotExist();
        assertThat(claim.get().isOpen()).isFalse();
    }
}
