package org.gazette.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CheckedInputStream;
import java.util.zip.Checksum;
import org.gazette.problem.FileNameEncoding;
import org.gazette.problem.IoFailures;
import org.gazette.site.OutputFile;

/**
 * Writes a site as its files are made, into a staging folder beside the output folder; the output
 * folder is touched only when the build succeeds, so a failed build never leaves it half-written.
 * A file whose bytes equal the previous build's (by the manifest in the output folder) is not
 * written at all. At the end:
 * <ul>
 * <li>when every file is as before, the output folder is left as it is;</li>
 * <li>when there is no previous site to compare with (a first build, a damaged manifest, an
 *     interrupted update), the staging folder holds every file in the site's own folders, and
 *     replaces the output folder with two renames;</li>
 * <li>else the staging folder holds the changed files side by side, under numbers, and they are
 *     renamed into place one by one (each rename replaces a file whole), files no longer made are
 *     deleted, and the manifest goes last. A marker in the output folder says an update is under
 *     way: should it be interrupted, the next build trusts nothing there and replaces the whole
 *     folder. An output folder deleted while the site was built fails the update
 *     ({@link OutputDeleted}): the files kept from it went with it.</li>
 * </ul>
 * An update stages its files side by side, not in folders of the site's shape: a changed template
 * rewrites every article page, each in a folder of its own, and a staging folder for each cost
 * more than the pages (README, "Incremental builds"). Files may be given from several threads at
 * once.
 *
 * <pre>{@code
 * try (SiteWriter writer = SiteWriter.open(Path.of("site"))) {
 *     generator.generate(site, writer::add);
 *     writer.commit();
 * }
 * }</pre>
 */
public final class SiteWriter implements AutoCloseable {

    /** The site cannot be put in place, for a reason its message gives with what to do. */
    public static class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** A file to be published cannot be read (a file under static/ without read permission, say). */
    public static final class UnreadableSource extends IOException {
        private final Path source;

        UnreadableSource(Path source, IOException cause) {
            super("cannot read " + source + ": " + IoFailures.reason(cause), cause);
            this.source = source;
        }

        public Path source() {
            return source;
        }
    }

    /** The output folder of the site being updated was deleted while the site was built. */
    public static final class OutputDeleted extends Refused {
        OutputDeleted(Path target) {
            super("the output folder " + target + " was deleted while the site was built (build again: the next build writes"
                    + " it whole)");
        }
    }

    /** What {@link #commit()} did. */
    public record Result(int files, int written, boolean changed, String manifestDigest) {
    }

    private final Path target;
    private final Path staging;
    /** The staging folder's writer's lock, held while this build may write it ({@link OutputFolders#claim}). */
    private final Optional<FileChannel> claim;
    private final Map<String, Manifest.Entry> previous;
    /** The same entries, in the order of the manifest they were read from (by path). */
    private final List<Manifest.Entry> previousInOrder;
    /** The files of this build, and their paths claimed: as many as the last build's, made that large at once. */
    private final Map<String, Manifest.Entry> entries;
    private final PathClaims claims;
    /** The files written for this build: path in the site → the file in the staging folder. */
    private final Map<String, Path> staged = new ConcurrentHashMap<>();
    private final AtomicInteger stagedNames = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private final Set<Path> stagingFolders = ConcurrentHashMap.newKeySet();
    private final byte[] previousManifest;
    /** The paths of the manifest in the output folder at open, also for a build that writes every file afresh. */
    private final Set<String> publishedBefore;
    /** The paths {@link #held} found in the output folder as its manifest lists them, during this build. */
    private final Set<String> heldNow;
    private volatile boolean finished;
    private final ReadWriteLock writing = new ReentrantReadWriteLock();
    private volatile boolean closing;

    /** Whether the output folder was marked as being updated when this build began (an update stopped halfway, say). */
    private final boolean markedAtOpen;

    private SiteWriter(Path target, Path staging, Map<String, Manifest.Entry> previous, List<Manifest.Entry> previousInOrder,
                       byte[] previousManifest, boolean markedAtOpen, Set<String> publishedBefore) throws IOException {
        this.markedAtOpen = markedAtOpen;
        this.publishedBefore = publishedBefore;
        this.target = target;
        this.staging = staging;
        this.previous = previous;
        this.previousInOrder = previousInOrder;
        this.entries = new ConcurrentHashMap<>(previous.size());
        this.claims = new PathClaims(previous.size());
        this.heldNow = ConcurrentHashMap.newKeySet(previous.size());
        this.previousManifest = previousManifest;
        this.onExit = new Thread(this::dropUncommitted, "gazette-drop-staging");
        Runtime.getRuntime().addShutdownHook(onExit);
        // Claimed with the exit hook in place and under the writing lock, which the hook waits for:
        // a signal now finds the folder claimed, never half-claimed, and deletes it.
        writing.readLock().lock();
        try {
            this.claim = OutputFolders.claim(staging);
        } catch (IOException e) {
            forgetExitHook();
            OutputFolders.deleteTree(staging);
            throw e;
        } finally {
            writing.readLock().unlock();
        }
    }

    /**
     * Held while the site goes into place, and for good by {@link #dropUncommitted} once it has
     * begun: the one or the other, never both. The JVM's threads go on while its shutdown hooks
     * run, so a commit could otherwise start on a staging folder being deleted.
     */
    private final ReentrantLock committing = new ReentrantLock();

    /**
     * Deletes the staging folder when the build is stopped (Ctrl-C, a CI job cancelled) before it
     * commits: it would stay beside the output for an hour, a whole site's size, until a later
     * build took it for stale.
     */
    private final Thread onExit;

    /**
     * What {@link #onExit} does. A commit under way is waited for, for up to a minute (the
     * renames of an update at 100,000 articles take about fifteen seconds): the JVM's other threads
     * go on while it exits, and a commit cut off would leave an update half done or the old site
     * beside the new one.
     */
    void dropUncommitted() {
        try {
            if (!committing.tryLock(1, TimeUnit.MINUTES)) {
                return;
            }
        } catch (InterruptedException e) {
            return;
        }
        // The lock is kept: the process is ending, and no commit may start now.
        if (finished) {
            return; // committed, or dropped by close(): nothing is left to delete
        }
        closing = true;
        try {
            // The writes under way end, and none starts after (add() finds closing set); a writer
            // stuck on the disk is not waited for past a few seconds.
            if (writing.writeLock().tryLock(5, TimeUnit.SECONDS)) {
                try {
                    dropStaging();
                } finally {
                    writing.writeLock().unlock();
                }
            }
        } catch (InterruptedException | IOException | UncheckedIOException e) {
            // left for the next build, which deletes it once stale
        }
    }

    private void forgetExitHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook runs, and finds the staging folder gone or committed
        }
    }

    /** True when a previous site is updated: changed files are staged side by side, not in the site's folders. */
    private boolean updating() {
        return !previous.isEmpty();
    }

    /** Starts writing the site that will replace {@code output}, comparing with the manifest there. */
    public static SiteWriter open(Path output) throws IOException {
        return open(output, false);
    }

    /**
     * The same; {@code afresh}, every file is written and the folder replaced whole, as if there
     * were no previous site: for {@code build --no-cache}, which mends a file changed by hand with
     * its size kept, which the manifest cannot tell.
     */
    public static SiteWriter open(Path output, boolean afresh) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        byte[] manifestBytes = new byte[0];
        Map<String, Manifest.Entry> previous = Map.of();
        List<Manifest.Entry> previousInOrder = List.of();
        Path manifest = target.resolve(Manifest.PATH);
        boolean marked = Files.exists(target.resolve(UPDATING));
        Set<String> publishedBefore = Set.of();
        if (Files.isRegularFile(manifest)) {
            try {
                manifestBytes = Files.readAllBytes(manifest);
                Map<String, Manifest.Entry> byPath = new ConcurrentHashMap<>();
                List<Manifest.Entry> inOrder = Manifest.parse(manifestBytes).entries();
                inOrder.forEach(e -> byPath.put(e.path(), e));
                // Also after an update stopped halfway (marked), whose manifest, moved last, still
                // lists the site readers had: the addresses it lost are told by the next build.
                publishedBefore = Set.copyOf(byPath.keySet());
                // A site built under a UTF-8 locale, now updated under LANG=C: its Chinese names can be
                // neither kept nor deleted one by one, so the folder is replaced whole; so is a
                // marked one, whose files may be either build's.
                boolean namesHeld = byPath.keySet().stream().allMatch(FileNameEncoding::canHold);
                boolean kept = namesHeld && !afresh && !marked;
                previous = kept ? byPath : Map.of();
                previousInOrder = kept ? inOrder : List.of();
                manifestBytes = kept ? manifestBytes : new byte[0];
            } catch (IOException e) {
                manifestBytes = new byte[0]; // a damaged manifest: every file is written afresh
            }
        }
        OutputFolders.dropStaleFolders(target);
        return new SiteWriter(target, OutputFolders.stagingFolder(target), previous, previousInOrder, manifestBytes, marked,
                publishedBefore);
    }

    /** Present in the output folder while changed files are being renamed into it. */
    public static final String UPDATING = ".gazette/updating";

    /** The output folder being replaced. */
    public Path target() {
        return target;
    }

    /** The digest of the manifest in the output folder now ({@link Manifest#digestHex}), empty when it has none. */
    public String previousManifestDigest() {
        return previousManifest.length == 0 ? "" : Manifest.digestHex(previousManifest);
    }

    /**
     * Writes {@code file} into the new site, or notes that the previous one can be kept; gives its
     * manifest entry, none when its path clashes with a folder of others ({@link #folderClashes}).
     */
    public Optional<Manifest.Entry> add(OutputFile file) {
        if (!staging.resolve(file.path()).normalize().startsWith(staging)) {
            throw new IllegalArgumentException("output path leaves the output folder: " + file.path());
        }
        // Held while the file is written: closing waits for writes under way, and none starts after.
        writing.readLock().lock();
        try {
            if (closing || !claims.claim(file.path())) {
                return Optional.empty(); // not written: the build is failing, or fails on the clash or the path given twice
            }
            Manifest.Entry entry;
            if (file instanceof OutputFile.Generated generated) {
                entry = generated(generated);
            } else if (file instanceof OutputFile.Copied copied) {
                entry = copied(copied);
            } else {
                entry = reused((OutputFile.Reused) file);
            }
            entries.put(file.path(), entry);
            return Optional.of(entry);
        } catch (UnreadableSource e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.path() + " (" + IoFailures.describe(e) + ")", e);
        } finally {
            writing.readLock().unlock();
        }
    }

    /** The paths of the site in the output folder when this writer opened it; empty when it held none. */
    public Set<String> publishedBefore() {
        return publishedBefore;
    }

    /** Every path given, as a view: read it once the writing is done. */
    public Set<String> paths() {
        return claims.paths();
    }

    /** Paths given more than once: two outputs would overwrite each other. */
    public List<String> duplicates() {
        return claims.duplicates();
    }

    /** Paths given as a file while other files are given inside them, as in a folder ("2023/12" and "2023/12/index.html"). */
    public List<String> folderClashes() {
        return claims.folderClashes();
    }

    private Manifest.Entry generated(OutputFile.Generated file) throws IOException {
        byte[] bytes = file.bytes();
        Manifest.Entry entry = entry(file.path(), bytes.length, Checksums.of(bytes));
        if (!keep(entry)) {
            Path destination = stagedFile(file.path());
            Files.write(destination, bytes);
            staged.put(file.path(), destination);
            written.incrementAndGet();
        }
        return entry;
    }

    private Manifest.Entry copied(OutputFile.Copied file) throws IOException {
        if (held(file.path()).isPresent()) {
            // Read it once to compare: a file touched but not changed is kept, not copied again.
            Manifest.Entry entry = copy(file, OutputStream.nullOutputStream());
            if (keep(entry)) {
                return entry;
            }
        }
        Manifest.Entry entry;
        Path destination = stagedFile(file.path());
        try (OutputStream out = Files.newOutputStream(destination)) {
            entry = copy(file, out);
        }
        staged.put(file.path(), destination);
        written.incrementAndGet();
        return entry;
    }

    /** Copies the file's source to {@code out}, and gives its entry from the bytes read. */
    private static Manifest.Entry copy(OutputFile.Copied file, OutputStream out) throws IOException {
        Checksum checksum = Checksums.streaming();
        long size;
        InputStream source;
        try {
            source = Files.newInputStream(file.source());
        } catch (IOException e) {
            throw new UnreadableSource(file.source(), e);
        }
        try (InputStream in = new CheckedInputStream(source, checksum)) {
            size = in.transferTo(out);
        }
        return entry(file.path(), size, Checksums.hex(checksum));
    }

    private Manifest.Entry reused(OutputFile.Reused file) throws IOException {
        Manifest.Entry entry = entry(file.path(), file.size(), file.checksum());
        if (!keep(entry)) {
            throw new IOException("the previous build's " + file.path() + " is gone or changed");
        }
        return entry;
    }

    private static Manifest.Entry entry(String path, long size, String checksum) {
        return new Manifest.Entry(path, size, checksum, MediaTypes.of(path));
    }

    /**
     * The previous build's file at {@code path} when the output folder still holds it: listed in
     * its manifest and of the size listed (a file changed by hand with its size kept is not noticed;
     * {@code gazette build --no-cache} writes every file afresh: {@link #open(Path, boolean)}).
     */
    public Optional<Manifest.Entry> held(String path) {
        Manifest.Entry before = previous.get(path);
        if (before == null) {
            return Optional.empty();
        }
        try {
            if (Files.size(target.resolve(path)) != before.size()) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        heldNow.add(path);
        return Optional.of(before);
    }

    /**
     * True when the current output folder holds exactly this file, which can then stay as it is. A
     * path this build already found held ({@link #held}) is not looked at again: each kept file is
     * looked at once, not twice (eighteen thousand looks at the disk after an edit at 10,000
     * articles, a tenth of a second on each core).
     */
    private boolean keep(Manifest.Entry entry) {
        Manifest.Entry before = heldNow.contains(entry.path()) ? previous.get(entry.path()) : held(entry.path()).orElse(null);
        return before != null && before.size() == entry.size() && before.checksum().equals(entry.checksum());
    }

    /** Where the file for {@code path} is written until the commit: in the site's folders, or under a number when updating. */
    private Path stagedFile(String path) throws IOException {
        if (updating()) {
            return staging.resolve(Integer.toString(stagedNames.incrementAndGet()));
        }
        Path destination = staging.resolve(path).normalize();
        Path folder = destination.getParent();
        // Fourteen thousand article folders: each made once, not checked again for every file.
        if (!stagingFolders.contains(folder)) {
            Files.createDirectories(folder);
            stagingFolders.add(folder);
        }
        return destination;
    }

    /**
     * Finishes the site: adds the manifest and puts the new site in place of the output folder,
     * or leaves the output folder as it is when no file differs from it.
     */
    public Result commit() throws IOException {
        if (claims.clash()) {
            throw new IllegalStateException("paths given twice or as file and folder: the site cannot be committed");
        }
        if (!committing.tryLock()) { // held by the exit hook alone, which keeps it: the process is ending
            throw new IOException("the build was stopped before its site was put in place");
        }
        try {
            return commitNow();
        } finally {
            committing.unlock();
        }
    }

    private Result commitNow() throws IOException {
        if (updating() && !Files.isDirectory(target)) {
            throw new OutputDeleted(target);
        }
        Manifest manifest = Manifest.of(entries, previousInOrder);
        byte[] manifestBytes = manifest.toJsonBytes();
        if (written.get() == 0 && Arrays.equals(manifestBytes, previousManifest)) {
            close();
            return new Result(entries.size() + 1, 0, false, Manifest.digestHex(manifestBytes));
        }
        Path manifestFile = stagedFile(Manifest.PATH);
        Files.write(manifestFile, manifestBytes);
        if (!updating()) {
            if (!markedAtOpen && Files.exists(target.resolve(UPDATING))) {
                // Another build (of another site: builds of one site wait for each other) began
                // renaming its files into the folder since: they would land in this site.
                throw new Refused("another build is updating " + target + " now (wait for it to end, then build again)");
            }
            OutputFolders.release(staging, claim); // before it becomes the site, which the lock's file is no part of
            OutputFolders.swap(target, staging); // the staging folder holds every file
        } else {
            List<String> turned = folderTurnedFile();
            checkUpdate(turned);
            update(turned, manifestFile);
        }
        finished = true;
        return new Result(entries.size() + 1, written.get() + 1, true, Manifest.digestHex(manifestBytes));
    }

    /** The longest name of a file or folder most file systems take (ext4, XFS, APFS, NTFS's 255 UTF-16 units aside), in UTF-8 bytes. */
    static final int MAX_NAME_BYTES = 255;

    /**
     * Fails when a file or folder name of {@code path} is longer than a file system takes: the
     * staging folder holds an update's files under numbers, so the name is met first in the
     * renames, which would stop halfway and leave the output folder marked as being updated.
     */
    private static void refuseLongNames(String path) throws IOException {
        for (String name : path.split("/")) {
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES) {
                throw new IOException("this build writes " + path.substring(0, Math.min(40, path.length())) + "…, a name "
                        + bytes + " bytes long, more than the " + MAX_NAME_BYTES + " a file system takes (shorten the"
                        + " alias, name or slug it comes from)");
            }
        }
    }

    /**
     * Fails before anything is moved when the update cannot be made: a folder that changes cannot
     * be written in, or a file is to go where the output folder has a folder holding files Gazette
     * did not write (which the update would have to delete). A build that stopped halfway through
     * the renames would leave the output folder half-updated.
     */
    private void checkUpdate(List<String> turned) throws IOException {
        Set<Path> folders = new HashSet<>();
        staged.keySet().forEach(path -> folders.add(target.resolve(path).getParent()));
        previous.keySet().stream().filter(path -> !entries.containsKey(path)).forEach(path -> folders.add(target.resolve(path).getParent()));
        folders.add(target.resolve(UPDATING).getParent());
        Set<Path> checked = new HashSet<>();
        for (Path folder : folders) {
            Path existing = folder;
            while (!Files.isDirectory(existing) && existing.startsWith(target)) {
                existing = existing.getParent();
            }
            if (checked.add(existing) && !Files.isWritable(existing)) {
                throw new IOException("cannot write in " + existing + " (permission denied)");
            }
        }
        // In the order of the paths: the one told is the same on every run, whichever thread staged it.
        for (String path : staged.keySet().stream().sorted().toList()) {
            refuseLongNames(path);
            // A folder someone put by hand at a new path, or in place of the last build's file: the
            // renames would fail halfway.
            if (!turned.contains(path) && Files.isDirectory(target.resolve(path))) {
                throw new IOException("this build writes the file " + path + " where the output folder has a folder"
                        + " Gazette did not write (move what should be published into static/, and delete the folder)");
            }
            if (previous.containsKey(path)) {
                continue; // a file the last build made, replaced by a file
            }
            // A new path inside a file someone put there by hand: the renames would fail halfway.
            for (String folder : OutputPaths.folders(path)) {
                if (!previous.containsKey(folder) && Files.isRegularFile(target.resolve(folder))) {
                    throw new IOException("this build writes " + path + " inside " + folder + ", which in the output"
                            + " folder is a file Gazette did not write (move it into static/ if it should be published,"
                            + " and delete it)");
                }
            }
        }
        for (String path : turned) {
            if (!Files.isDirectory(target.resolve(path))) {
                continue;
            }
            try (Stream<Path> inside = Files.walk(target.resolve(path))) {
                Optional<Path> unlisted = inside.filter(Files::isRegularFile)
                        .filter(file -> !previous.containsKey(target.relativize(file).toString().replace('\\', '/'))).findFirst();
                if (unlisted.isPresent()) {
                    throw new IOException("this build writes the file " + path + " where the output folder has a folder holding "
                            + target.relativize(unlisted.get()) + ", which Gazette did not write (move it into static/ to publish it)");
                }
            }
        }
    }

    /** The changed files that are to go where the last build made a folder (an alias /a where /a/b.html was). */
    private List<String> folderTurnedFile() {
        Set<String> previousFolders = new HashSet<>();
        previous.keySet().forEach(path -> previousFolders.addAll(OutputPaths.folders(path)));
        return staged.keySet().stream().filter(previousFolders::contains).toList();
    }

    /**
     * Makes room for changes of shape, under the update marker: the last build's files under a
     * folder that becomes a file, and a file that becomes a folder, are deleted before the renames.
     */
    private void clearChangesOfShape(List<String> turned) throws IOException {
        for (String path : turned) {
            String inside = path + "/";
            for (String old : previous.keySet()) {
                if (old.startsWith(inside)) {
                    Files.deleteIfExists(target.resolve(old));
                }
            }
            OutputFolders.deleteTree(target.resolve(path)); // its folders, emptied just above
        }
        for (String path : staged.keySet()) {
            for (String folder : OutputPaths.folders(path)) {
                if (previous.containsKey(folder) && !entries.containsKey(folder)) {
                    Files.deleteIfExists(target.resolve(folder)); // the last build's file where this build needs a folder
                }
            }
        }
    }

    /**
     * Renames the changed files into the output folder, deletes those no longer made, the manifest
     * last; {@code turned}: the changed files that go where the last build had folders.
     */
    private void update(List<String> turned, Path manifestFile) throws IOException {
        Path marker = target.resolve(UPDATING);
        // Its folder held the manifest read at the start: gone (with the output folder or alone),
        // nothing is made in its place and the update is refused.
        try {
            Files.writeString(marker, staging.toString() + "\n", StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            // Another build (of another site: builds of one site wait for each other) is updating
            // the folder: the two would each keep files the other changes.
            throw new Refused("another build is updating " + target + " now (wait for it to end, then build again)");
        } catch (NoSuchFileException e) {
            if (!Files.isDirectory(target)) {
                throw new OutputDeleted(target);
            }
            throw e; // only its .gazette folder is gone: the update is refused all the same
        }
        if (!Arrays.equals(manifestNow(), previousManifest)) {
            Files.delete(marker); // another build put its site there since this one started: this update would mix the two
            throw new Refused("another build changed " + target + " while this one ran (build again)");
        }
        try {
            clearChangesOfShape(turned);
            // Files at new addresses first, then those replacing the last build's: a changed page
            // then links only to files in place (a new article, a stylesheet's new name), for
            // readers while the renames run and after an update killed halfway.
            moveIntoPlace(path -> !previous.containsKey(path));
            moveIntoPlace(previous::containsKey);
            // Those a change of shape replaced were deleted above.
            Set<String> newFolders = new HashSet<>();
            staged.keySet().forEach(path -> newFolders.addAll(OutputPaths.folders(path)));
            List<Path> gone = previous.keySet().stream().filter(path -> !entries.containsKey(path))
                    .filter(path -> !newFolders.contains(path))
                    .filter(path -> turned.stream().noneMatch(file -> path.startsWith(file + "/"))).map(target::resolve).toList();
            gone.parallelStream().forEach(OutputFolders::deleteIfExists);
            // Then the folders they leave empty, deepest first (an old search index's folder, say).
            List<Path> folders = gone.stream().map(Path::getParent).distinct()
                    .sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
            for (Path folder : folders) {
                pruneEmptyFolders(folder);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the marker stays: the next build replaces the whole folder
        }
        if (!Files.isRegularFile(marker)) {
            // Another build replaced the whole folder meanwhile: the files this one moved after that
            // went into the other's site. Without its manifest the next build writes every file.
            Files.deleteIfExists(target.resolve(Manifest.PATH));
            throw new Refused("another build replaced " + target + " while this one updated it, and files of both are"
                    + " in it now (build again: the next build writes every file)");
        }
        Files.move(manifestFile, target.resolve(Manifest.PATH),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(marker);
        dropStaging();
    }

    /** Deletes the staging folder, its writer's lock let go first: on Windows a file still open keeps its folder from being deleted. */
    private void dropStaging() throws IOException {
        OutputFolders.release(staging, claim);
        OutputFolders.deleteTree(staging);
    }

    /**
     * Moves the changed files whose paths {@code which} takes into place, on every core. Every move
     * is tried and the first failure thrown after: a stream ended at the first would leave moves
     * running out of the staging folder while it is being deleted.
     */
    private void moveIntoPlace(Predicate<String> which) throws IOException {
        List<IOException> failures = Collections.synchronizedList(new ArrayList<>());
        staged.entrySet().parallelStream().filter(file -> which.test(file.getKey()))
                .forEach(file -> moveIntoPlace(file.getKey(), file.getValue(), failures));
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /**
     * Moves one changed file into place. Its folder is made only when the move finds it missing:
     * nearly every folder is there already, and asking first cost a failed mkdir, and an exception,
     * for each of them.
     */
    private void moveIntoPlace(String path, Path stagedFile, List<IOException> failures) {
        Path destination = target.resolve(path);
        try {
            try {
                Files.move(stagedFile, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException e) {
                // Made here or by another thread meanwhile (a new column's pages come together); a
                // staged file gone fails the second move too.
                Files.createDirectories(destination.getParent());
                Files.move(stagedFile, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            failures.add(e);
        }
    }

    /** The bytes of the output folder's manifest now, none when it has none. */
    private byte[] manifestNow() throws IOException {
        try {
            return Files.readAllBytes(target.resolve(Manifest.PATH));
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    /**
     * Deletes the folders a deleted file leaves empty, up to the output folder. A folder that
     * cannot be deleted (its parent not writable) is left: an empty folder shows readers nothing,
     * while failing here would stop an update whose files are all in place.
     */
    private void pruneEmptyFolders(Path folder) {
        for (Path dir = folder; dir != null && dir.startsWith(target) && !dir.equals(target); dir = dir.getParent()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> inside = Files.list(dir)) {
                if (inside.findAny().isPresent()) {
                    return;
                }
                Files.delete(dir);
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * Drops the staging folder of a build that did not commit, or failed to. A page that fails
     * ends the build while pages already started on other threads go on giving their files: those
     * being written are waited for, later ones are not written.
     */
    @Override
    public void close() throws IOException {
        if (!finished) {
            closing = true;
            writing.writeLock().lock();
            try {
                dropStaging();
            } finally {
                writing.writeLock().unlock();
            }
            // Only now, and the hook only now forgotten: an exit hook that ran meanwhile waited for
            // the deletion above (the writing lock) instead of leaving the folder half deleted.
            finished = true;
        }
        forgetExitHook();
    }
}
