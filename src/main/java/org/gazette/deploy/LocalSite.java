package org.gazette.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gazette.output.Checksums;
import org.gazette.output.Manifest;
import org.gazette.problem.FileNameEncoding;
import org.gazette.output.SiteWriter;

/**
 * A built output folder, checked before anything is sent: it holds {@code index.html} and the
 * build's manifest, and its files are exactly the manifest's, at their sizes. A folder that is
 * empty, half-copied or edited after the build is refused, naming what is wrong.
 *
 * <pre>{@code
 * LocalSite site = LocalSite.read(Path.of("site"));
 * List<ObjectRecord> records = site.records(rules, deployed); // with each file's MD5
 * byte[] stored = site.encodedBytes(record);                  // checked against the manifest's checksum, then compressed
 * }</pre>
 *
 * @param folder   the output folder
 * @param manifest the build's manifest of it
 */
public record LocalSite(Path folder, Manifest manifest) {

    public static LocalSite read(Path folder) {
        String shown = folder.toString();
        if (!Files.isDirectory(folder)) {
            throw new DeployException(shown + ": the output folder does not exist (run gazette build first, or pass --output DIR)");
        }
        if (!Files.isRegularFile(folder.resolve("index.html"))) {
            throw new DeployException(shown + ": there is no index.html, so this is not a built site"
                    + " (run gazette build, or pass the right --output DIR)");
        }
        if (Files.exists(folder.resolve(SiteWriter.UPDATING))) {
            throw new DeployException(shown + ": the build that was updating this folder was interrupted"
                    + " (run gazette build again: it replaces the whole folder)");
        }
        Path manifestFile = folder.resolve(Manifest.PATH);
        if (!Files.isRegularFile(manifestFile)) {
            throw new DeployException(shown + ": there is no " + Manifest.PATH + ", the list of files the build wrote"
                    + " (build the site again with this version of gazette build)");
        }
        Manifest manifest;
        try {
            manifest = Manifest.parse(Files.readAllBytes(manifestFile));
        } catch (IOException e) {
            throw new DeployException(manifestFile + ": cannot be read: " + e.getMessage() + " (run gazette build again)");
        }
        checkFiles(folder, manifest);
        return new LocalSite(folder, manifest);
    }

    private static void checkFiles(Path folder, Manifest manifest) {
        Path root = folder.toAbsolutePath().normalize();
        Set<String> listed = new HashSet<>();
        for (Manifest.Entry entry : manifest.entries()) {
            if (!FileNameEncoding.canHold(entry.path())) { // under LANG=C: the path cannot even be looked up
                throw new DeployException(folder + ": cannot read the file " + entry.path() + ": " + FileNameEncoding.advice());
            }
            Path file = root.resolve(entry.path()).normalize();
            if (!file.startsWith(root) || Layout.isState(entry.path()) || entry.path().startsWith("/")) {
                throw new DeployException(folder + "/" + Manifest.PATH + ": the path " + entry.path()
                        + " is not a path inside the site (run gazette build again)");
            }
            try {
                if (!Files.isRegularFile(file) || Files.size(file) != entry.size()) {
                    throw new DeployException(folder + "/" + entry.path() + ": " + (Files.isRegularFile(file)
                            ? "its size differs from the build's manifest" : "listed in the build's manifest but missing")
                            + ", so the folder changed after the build (run gazette build again)");
                }
            } catch (IOException e) {
                throw new DeployException(folder + "/" + entry.path() + ": cannot be read: " + e.getMessage());
            }
            listed.add(entry.path());
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !Layout.isState(path) && !listed.contains(path))
                    .findFirst()
                    .ifPresent(path -> {
                        throw new DeployException(folder + "/" + path + ": not written by the build (not in its manifest);"
                                + " deploy sends only what the build made (put extra files in static/ and build again)");
                    });
        } catch (IOException e) {
            throw new DeployException(folder + ": cannot be listed: " + e.getMessage());
        }
    }

    public List<Manifest.Entry> entries() {
        return manifest.entries();
    }

    /**
     * A record of every file, with its headers and its MD5, the name S3 gives an object's bytes.
     * The build's manifest has a checksum, not an MD5: a file with the size and checksum the last
     * deploy recorded for its object has that object's MD5, which a deploy that changes a few files
     * of thousands therefore reads for those few only; every other file is read and digested.
     *
     * @param deployed the objects the bucket's newest deploy manifest records, by path
     */
    public List<ObjectRecord> records(HeaderRules rules, Map<String, ObjectRecord> deployed) {
        return manifest.entries().parallelStream().map(entry -> {
            ObjectRecord before = deployed.get(entry.path());
            boolean same = before != null && before.hashKnown() && before.size() == entry.size()
                    && before.checksum().equals(entry.checksum());
            return rules.record(entry, same ? before.md5() : Manifest.md5Hex(bytes(entry.path(), entry.checksum())));
        }).toList();
    }

    /** The file's bytes, checked against the manifest's checksum, then encoded as the record says. */
    public byte[] encodedBytes(ObjectRecord record) {
        return record.encoding().encode(bytes(record.path(), record.checksum()));
    }

    private byte[] bytes(String path, String checksum) {
        Path file = folder.resolve(path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DeployException(file + ": cannot be read: " + e.getMessage() + " (run gazette build again)");
        }
        if (!Checksums.of(bytes).equals(checksum)) {
            throw new DeployException(file + ": changed after the build wrote its manifest (run gazette build again)");
        }
        return bytes;
    }
}
