package org.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.gazette.content.FileStamp;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a result made with an image file still holds: the caches of build and check ask this. */
class ImageFileStateTest {

    @TempDir
    Path folder;

    private static final FileTime THEN = FileTime.fromMillis(1_700_000_000_000L);

    private Path png(String name, int width, int height) throws IOException {
        Path file = folder.resolve(name);
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        Files.setLastModifiedTime(file, THEN);
        return file;
    }

    private static ImageFileState remembered(Path file) {
        return ImageResolver.stateAfresh(file).named("photo.png");
    }

    @Test
    void whatIsSeenIsThePixelSizeOrWhyThereIsNone() throws IOException {
        Path file = png("photo.png", 40, 30);
        assertThat(remembered(file).seen()).isEqualTo("40x30");
        assertThat(remembered(folder.resolve("missing.png"))).isEqualTo(new ImageFileState("photo.png", -1, -1, -1, "absent"));
        Files.writeString(file, "不是图片");
        assertThat(remembered(file).seen()).startsWith("unreadable:").contains("not a JPEG");
        Files.write(file, new byte[0]);
        assertThat(remembered(file).seen()).as("another reason, another state").startsWith("unreadable:").contains("empty file");
    }

    /**
     * A photo that comes just after its article looked for it: the state the caches keep must be
     * the one the body was made with (not there), or the next run keeps "not found" while the
     * photo is there.
     */
    @Test
    void aPhotoThatComesAfterItWasLookedForIsKeptAsItWasFound() throws IOException {
        Files.createDirectories(folder.resolve("content"));
        ImageResolver resolver = new ImageResolver(folder);
        assertThat(resolver.resolve(Path.of("content/a.md"), 3, "photo.png").value()).as("not there yet").isEmpty();
        png("content/photo.png", 40, 30);
        assertThat(resolver.state(folder.resolve("content/photo.png")).seen()).isEqualTo("absent");
    }

    /** As a run looking at {@code file} once it had settled keeps it: with its time. */
    private static ImageFileState rememberedSettled(Path file) throws IOException {
        return kept(file, "photo.png", remembered(file).seen());
    }

    @Test
    void anUntouchedFileIsNotReadAgain() throws IOException {
        Path file = png("photo.png", 40, 30);
        ImageFileState before = rememberedSettled(file);
        assertThat(before.still(file, unread -> {
            throw new AssertionError("read again");
        })).containsSame(before);
    }

    /**
     * A file whose time is not yet two seconds past when it is looked at could be written again
     * within the tick of its time, its length kept: its state is kept unsettled, and the next run
     * looks at it again. Its time is set an hour ahead here, so that it is not two seconds past
     * however long a busy machine takes between the write and the look.
     */
    @Test
    void aFileLookedAtBeforeItsTimeIsTwoSecondsPastIsLookedAtAgain() throws IOException {
        Path file = png("photo.png", 40, 30);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS)));
        ImageFileState before = remembered(file);
        assertThat(before.modified()).isEqualTo(FileStamp.UNSETTLED);
        List<Path> looked = new ArrayList<>();
        assertThat(before.still(file, again -> {
            looked.add(again);
            return ImageResolver.stateAfresh(again);
        })).as("the same pixels: holds").get().extracting(ImageFileState::seen).isEqualTo("40x30");
        assertThat(looked).containsExactly(file);
    }

    /**
     * A checkout gives the file a new time; the same length and pixels hold. The time is an hour
     * ahead, not yet settled: one in the past would leave the stamp to the file's change time,
     * which may fall in the same tick of the file clock as the state remembered.
     */
    @Test
    void aNewTimeWithTheSameLengthAndPixelsHoldsAndIsRemembered() throws IOException {
        Path file = png("photo.png", 40, 30);
        ImageFileState before = rememberedSettled(file);
        FileTime checkout = FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(file, checkout);
        long changed = FileStamp.changed(file, Files.readAttributes(file, BasicFileAttributes.class));
        assertThat(changed).as("the time set").isEqualTo(checkout.toMillis());
        assertThat(before.still(file, ImageResolver::stateAfresh))
                .contains(new ImageFileState("photo.png", before.size(), FileStamp.UNSETTLED, before.inode(), "40x30"));
    }

    @Test
    void aFileRewrittenWithItsLengthAndTimeKeptIsReadAgain() throws IOException, InterruptedException {
        Path file = png("photo.png", 40, 30);
        ImageFileState before = rememberedSettled(file);
        Thread.sleep(20); // the clock of file times ticks every few milliseconds
        png("photo.png", 30, 40); // the same length, and png() sets the same time
        assertThat(Files.size(file)).isEqualTo(before.size());
        assertThat(before.still(file, ImageResolver::stateAfresh)).as("other pixels").isEmpty();
    }

    @Test
    void onceTheLengthOrTimeChangedWhatIsSeenDecides() throws IOException {
        Path file = png("photo.png", 40, 30);
        ImageFileState before = remembered(file);

        Files.write(file, new byte[16], java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, THEN);
        assertThat(before.still(file, ImageResolver::stateAfresh)).as("another length, the same pixels: holds, with the new length")
                .get().extracting(ImageFileState::size).isEqualTo(before.size() + 16);
        assertThat(before.still(file, f -> ImageResolver.stateAfresh(f).named("elsewhere")))
                .as("named as remembered").get().extracting(ImageFileState::path).isEqualTo("photo.png");

        png("photo.png", 41, 30);
        Files.setLastModifiedTime(file, FileTime.fromMillis(THEN.toMillis() + 1_000));
        assertThat(before.still(file, ImageResolver::stateAfresh)).as("other pixels").isEmpty();

        Files.delete(file);
        assertThat(before.still(file, ImageResolver::stateAfresh)).as("gone").isEmpty();
    }

    /**
     * A state an earlier build kept, as the build cache gives it back, with its pixel size set to
     * {@code seen}: another size than the file's shows which one the resolver took.
     */
    private static ImageFileState kept(Path file, String name, String seen) throws IOException {
        FileStamp stamp = FileStamp.of(file);
        return new ImageFileState(name, stamp.size(), stamp.changed(), stamp.inode(), seen);
    }

    /** The photo an article beside it in content/ shows: 40×30. */
    private Path contentPhoto() throws IOException {
        Files.createDirectories(folder.resolve("content"));
        return png("content/photo.png", 40, 30);
    }

    /** A resolver for the site in {@code folder} that remembers {@code state}. */
    private ImageResolver remembering(ImageFileState state) {
        ImageResolver resolver = new ImageResolver(folder);
        resolver.remember(List.of(state));
        return resolver;
    }

    /** The photo as content/a.md shows it. */
    private static Outcome<ResolvedImage> shown(ImageResolver resolver) {
        return resolver.resolve(Path.of("content/a.md"), 3, "photo.png");
    }

    private static Optional<ImageSize> sizeFound(ImageResolver resolver) {
        return shown(resolver).value().flatMap(ResolvedImage::size);
    }

    /** An edited article's photos: their sizes as the last build read them, while the files' stamps hold. */
    @Test
    void aSizeRememberedForAnUntouchedFileIsTakenWithoutReadingIt() throws IOException {
        Path file = contentPhoto();
        ImageResolver resolver = remembering(kept(file, "content/photo.png", "64x48"));
        assertThat(sizeFound(resolver)).contains(new ImageSize(64, 48));
        assertThat(resolver.state(file).seen()).as("kept for the next build as remembered").isEqualTo("64x48");
        assertThat(resolver.state(file).path()).as("named as the resolver names the files it reads").isEqualTo(file.toString());
        assertThat(sizeFound(new ImageResolver(folder))).as("read, without the memory").contains(new ImageSize(40, 30));
    }

    @Test
    void aRememberedCutShortJpegIsStillTold() throws IOException {
        Path file = contentPhoto();
        Outcome<ResolvedImage> image = shown(remembering(kept(file, "content/photo.png", "40x30 cut short")));
        assertThat(image.value()).get().extracting(ResolvedImage::size).isEqualTo(Optional.of(new ImageSize(40, 30)));
        assertThat(image.problems()).singleElement().extracting(Problem::message).asString().contains("is cut short");
    }

    @Test
    void aRememberedStateIsNotTakenOnceTheFileChangedNorWhenItHoldsNoSize() throws IOException {
        Path file = contentPhoto();
        ImageFileState before = kept(file, "content/photo.png", "64x48");
        Files.write(file, new byte[16], java.nio.file.StandardOpenOption.APPEND);
        assertThat(sizeFound(remembering(before))).as("another length: read again").contains(new ImageSize(40, 30));

        ImageFileState noSize = kept(file, "content/photo.png", "unreadable: is an empty file");
        assertThat(sizeFound(remembering(noSize))).as("no size kept: read again").contains(new ImageSize(40, 30));
    }
}
