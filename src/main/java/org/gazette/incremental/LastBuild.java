package org.gazette.incremental;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.gazette.build.Scheduled;
import org.gazette.output.Manifest;
import org.gazette.output.SiteWriter;
import org.gazette.problem.Problem;

/**
 * A small record of the last successful build, beside the build cache: the fingerprint of its
 * inputs ({@link Inputs}), the manifest it wrote, when its output would next change by the clock
 * alone (the first future-dated article), its counts and warnings. A build whose inputs are the
 * same, before that time, with the output folder still holding every file of that manifest,
 * has nothing to do: it reports the same and writes nothing.
 *
 * @param inputs          the inputs' fingerprint
 * @param manifestDigest  the digest of the manifest written ({@link Manifest#digestHex})
 * @param builtAt         the one instant the build took as now: at an earlier time (a clock set
 *                        back) an article it published may not be due, so the record does not hold
 * @param nextPublication when the first article left out for its future date falls due
 * @param articles        articles published
 * @param pages           HTML pages
 * @param files           files in the site
 * @param problems        the warnings it reported
 * @param scheduled       the articles it left out until their date, named in its note
 */
public record LastBuild(byte[] inputs, String manifestDigest, Instant builtAt, Instant nextPublication, int articles,
                        int pages, int files, List<Problem> problems, List<Scheduled> scheduled) {

    static final String FILE = "last-build.bin";
    private static final String MAGIC = "gazette-last-build";
    private static final int FORMAT = 5;
    /** Far more than any record (its warnings are the largest part): a larger file is not one. */
    private static final long LARGEST = 64L << 20;

    /** True when a build of {@code inputs} at {@code now} into {@code output} would give what is there already. */
    boolean upToDate(byte[] currentInputs, Instant now, Path output) {
        if (!Arrays.equals(inputs, currentInputs) || now.isBefore(builtAt) || !now.isBefore(nextPublication)
                || Files.exists(output.resolve(SiteWriter.UPDATING))) {
            return false;
        }
        try {
            byte[] manifestBytes = Files.readAllBytes(output.resolve(Manifest.PATH));
            if (!Manifest.digestHex(manifestBytes).equals(manifestDigest)) {
                return false;
            }
            // Every file the manifest lists must still be there, at its size: a page deleted by hand is rebuilt.
            return Manifest.parse(manifestBytes).entries().parallelStream()
                    .allMatch(entry -> sizeOf(output, entry.path()) == entry.size());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The size of the file at {@code path} in {@code output}, or -1. Under a locale whose encoding
     * cannot write the name (LANG=C and tags/妇联/) there is no such file: the build goes the long
     * way, which stops with the advice to use a UTF-8 locale.
     */
    private static long sizeOf(Path output, String path) {
        try {
            return Files.size(output.resolve(path));
        } catch (IOException | InvalidPathException e) {
            return -1;
        }
    }

    static Optional<LastBuild> read(Path folder) {
        try {
            Path file = folder.resolve(FILE);
            if (Files.size(file) > LARGEST) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            // A CRC-32C of the rest at the end: a record damaged in a field (a time, a count) would
            // otherwise be believed, and a build after it do nothing where it should publish.
            int length = bytes.length - Integer.BYTES;
            if (length < 0 || crc(bytes, length) != ByteBuffer.wrap(bytes, length, Integer.BYTES).getInt()) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, length));
            if (!MAGIC.equals(CacheData.readString(in)) || in.readInt() != FORMAT
                    || !CodeStamp.current().equals(CacheData.readString(in))) {
                return Optional.empty();
            }
            LastBuild last = new LastBuild(CacheData.readBytes(in), CacheData.readString(in), Instant.ofEpochMilli(in.readLong()),
                    Instant.ofEpochSecond(in.readLong()), in.readInt(), in.readInt(), in.readInt(), CacheData.readProblems(in),
                    readScheduled(in));
            return in.available() == 0 ? Optional.of(last) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // missing or damaged: the build goes the long way
        }
    }

    void write(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            CacheData.writeString(out, MAGIC);
            out.writeInt(FORMAT);
            CacheData.writeString(out, CodeStamp.current());
            CacheData.writeBytes(out, inputs);
            CacheData.writeString(out, manifestDigest);
            out.writeLong(builtAt.toEpochMilli());
            out.writeLong(nextPublication.getEpochSecond());
            out.writeInt(articles);
            out.writeInt(pages);
            out.writeInt(files);
            CacheData.writeProblems(out, problems);
            out.writeInt(scheduled.size());
            for (Scheduled article : scheduled) {
                CacheData.writeString(out, article.source().toString());
                CacheData.writeString(out, article.date().toString());
            }
            out.writeInt(crc(bytes.toByteArray(), bytes.size()));
        }
        CacheFiles.replace(folder.resolve(FILE), bytes::writeTo);
    }

    private static List<Scheduled> readScheduled(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("not a count of articles: " + count);
        }
        List<Scheduled> scheduled = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            scheduled.add(new Scheduled(Path.of(CacheData.readString(in)), ZonedDateTime.parse(CacheData.readString(in))));
        }
        return scheduled;
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    static void forget(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE));
        } catch (IOException e) {
            // an unreadable record is ignored by read() anyway
        }
    }
}
