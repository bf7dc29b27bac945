package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gazette.TestSites;
import org.gazette.output.OutputFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: options, output and exit codes. */
class GazetteTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Gazette.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void buildSucceedsWithExitZeroAndASummary(@TempDir Path output) {
        int code = run("build", "--no-cache", "--source", TestSites.site("minimal").toString(), "--output", output.toString(), "--future");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).startsWith("Built 3 articles into " + output)
                .containsPattern(": \\d+ pages \\(\\d+ rendered\\), \\d+ files \\(\\d+ written\\) in \\d+\\.\\d\\d s, \\d+ pages/s\n$");
        assertThat(err.toString()).isEmpty();
        assertThat(output.resolve("2099/01/future/index.html")).isRegularFile();
        assertThat(TestSites.site("minimal").resolve(".gazette")).doesNotExist();
    }

    @Test
    void aSecondBuildUsesTheCacheInTheSiteAndWritesNothing(@TempDir Path work) {
        Path root = work.resolve("site");
        TestSites.copy(TestSites.site("minimal"), root);
        Path output = work.resolve("out");
        assertThat(run("build", "--source", root.toString(), "--output", output.toString())).isEqualTo(0);
        assertThat(root.resolve(".gazette/cache/build.bin")).isRegularFile();
        assertThat(run("build", "--source", root.toString(), "--output", output.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("(0 written)");
    }

    @Test
    void theSummaryNamesTheScheduledArticleAndWhenItComesOutAlsoWhenNothingChanged(@TempDir Path work) {
        Path root = work.resolve("site");
        TestSites.copy(TestSites.site("minimal"), root);
        String note = "note: 1 article is scheduled: content/news/2099-01-01-future.md, for 2099-01-01 00:00; it appears with"
                + " the first build after that time (schedule builds, such as every 15 minutes in CI, so that it comes out on time)\n";
        assertThat(run("build", "--source", root.toString(), "--output", work.resolve("out").toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("Built 2 articles").endsWith(note);
        out.getBuffer().setLength(0);
        assertThat(run("build", "--source", root.toString(), "--output", work.resolve("out").toString())).isEqualTo(0);
        assertThat(out.toString()).as("from the last build's record").contains("(0 written)").endsWith(note);
    }

    @Test
    void timingsNameEachPhaseAfterTheSummary(@TempDir Path work) {
        Path root = work.resolve("site");
        TestSites.copy(TestSites.site("minimal"), root);
        assertThat(run("build", "--timings", "--future", "--source", root.toString(), "--output", work.resolve("out").toString()))
                .isEqualTo(0);
        assertThat(err.toString()).matches("(?s)timings: reading \\d+\\.\\d\\d s, loading cache .*, parsing .*, pages .*, listings .*,"
                + " files .*, indexing .*, writing .*, saving cache \\d+\\.\\d\\d s\n");
    }

    @Test
    void quietPrintsNothingButProblems(@TempDir Path work) {
        Path root = work.resolve("site");
        TestSites.copy(TestSites.site("minimal"), root);
        assertThat(run("build", "--quiet", "--source", root.toString(), "--output", work.resolve("out").toString())).isEqualTo(0);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).as("the one problem, a warning").startsWith("content/news/2099-01-01-future.md:3: warning: ")
                .hasLineCount(1);
    }

    @Test
    void contentProblemsExitWithOneAndPrintEachProblem(@TempDir Path output) {
        int code = run("build", "--no-cache", "--source", TestSites.site("invalid/bad-date").toString(), "--output", output.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/a.md:3: date \"5 May\" is not a date")
                .contains("Build failed: 1 error; " + output + " was left as it was.");
        err.getBuffer().setLength(0);
        Path none = output.resolve("never-built");
        assertThat(run("build", "--no-cache", "--source", TestSites.site("invalid/bad-date").toString(), "--output", none.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Build failed: 1 error; nothing was written to " + none + ".");
        assertThat(none).doesNotExist();
    }

    @Test
    void baseUrlFlagOverridesSiteYaml(@TempDir Path output) {
        assertThat(run("build", "--no-cache", "--source", TestSites.site("minimal").toString(), "--output", output.toString(),
                "--base-url", "https://mirror.example.com/archive")).isEqualTo(0);
        assertThat(TestSites.page(output, "index.html").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://mirror.example.com/archive/");
    }

    @Test
    void aSourceThatIsNotASiteIsAnErrorAndNothingIsWritten(@TempDir Path work) throws Exception {
        Path missing = work.resolve("no-such-site");
        assertThat(run("build", "--source", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(missing + ": the site folder does not exist (give --source the folder holding site.yaml and content/)");
        assertThat(missing).doesNotExist();

        Path empty = java.nio.file.Files.createDirectory(work.resolve("empty"));
        assertThat(run("build", "--source", empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(empty + ": this folder has neither site.yaml nor content/");
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void aPermalinkLeavingTheSiteFailsBuildAndCheckAlike(@TempDir Path work) {
        Path root = work.resolve("site");
        TestSites.copy(TestSites.site("minimal"), root);
        TestSites.write(root.resolve("site.yaml"), TestSites.read(root.resolve("site.yaml")) + "permalink: /../../:slug/\n");
        String message = "site.yaml:3: permalink /../../:slug/ holds a . or .. folder";
        assertThat(run("build", "--no-cache", "--source", root.toString(), "--output", work.resolve("out").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(message).doesNotContain("Exception");
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(run("check", "--no-cache", "--source", root.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(message.replace(":3:", ":3:12: error:"));
    }

    @Test
    void aSourceThatIsAFileNamesItsFolder(@TempDir Path work) {
        Path root = work.resolve("site");
        TestSites.copy(TestSites.site("minimal"), root);
        String message = root.resolve("site.yaml") + ": this is a file, not the site's folder (give --source the folder"
                + " holding site.yaml and content/, such as --source " + root.toAbsolutePath() + ")";
        assertThat(run("build", "--no-cache", "--source", root.resolve("site.yaml").toString(),
                "--output", work.resolve("out").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(message);
        assertThat(run("check", "--no-cache", "--source", root.resolve("site.yaml").toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith(message.replace(": this", ":1:1: error: this"));
    }

    /**
     * A run from the shell models only the command it names: what it prints and how it exits must
     * be what the command line with every command gives.
     */
    @Test
    void aRunModellingOnlyTheCommandItNamesSaysWhatOneWithEveryCommandSays() {
        for (String[] args : List.of(new String[] {"build", "--help"}, new String[] {"build", "--no-such-option"},
                new String[] {"check", "--format=xml"}, new String[] {"deploy", "--help"}, new String[] {"--version"},
                new String[] {"-V"}, new String[] {"--help"}, new String[] {"help", "serve"}, new String[] {"bulid"},
                new String[] {}, new String[] {"new"})) {
            StringWriter narrowOut = new StringWriter();
            StringWriter narrowErr = new StringWriter();
            int narrow = Gazette.commandLine(new PrintWriter(narrowOut, true), new PrintWriter(narrowErr, true), Gazette.namedFirst(args))
                    .execute(args);
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(narrow).as(String.join(" ", args)).isEqualTo(run(args));
            assertThat(narrowOut.toString()).as(String.join(" ", args)).isEqualTo(out.toString());
            assertThat(narrowErr.toString()).as(String.join(" ", args)).isEqualTo(err.toString());
        }
        assertThat(Gazette.namedFirst(new String[] {"build", "--quiet"})).containsExactly("build");
        assertThat(Gazette.namedFirst(new String[] {"--version"})).isEmpty();
        assertThat(Gazette.namedFirst(new String[] {"help", "build"})).hasSize(8);
        assertThat(Gazette.namedFirst(new String[] {"--help"})).hasSize(8);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(run()).isEqualTo(2);
        assertThat(run("build", "--base-url", "not a url")).isEqualTo(2);
        assertThat(run("build", "--base-url", "ftp://example.org/")).isEqualTo(2);
        assertThat(err.toString()).contains("--base-url must be an absolute http or https URL");
    }

    @Test
    void refusesAnOutputFolderThatWouldReplaceTheSources(@TempDir Path root) {
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: x\ndate: 2023-12-26\n---\n");
        assertThat(run("build", "--source", root.toString(), "--output", root.toString())).isEqualTo(1);
        assertThat(run("build", "--source", root.toString(), "--output", root.resolve("content/out").toString())).isEqualTo(1);
        assertThat(run("build", "--source", root.toString(), "--output", root.resolve(".gazette").toString())).isEqualTo(1);
        assertThat(run("build", "--source", root.toString(), "--output", root.resolve(".gazette/site").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("the output folder would replace the site's sources or its .gazette/ folder");
        assertThat(root.resolve(".gazette/cache")).as("the cache kept out of any output").doesNotExist();
        assertThat(root.resolve("content/a.md")).isRegularFile();
    }

    @Test
    void refusesOutputsThatLeadToTheSourcesOrHoldOtherFiles(@TempDir Path work) throws Exception {
        Path root = smallSite(work.resolve("site"));
        Path link = Files.createSymbolicLink(work.resolve("link"), root);
        TestSites.write(work.resolve("docs/report.doc"), "报告");
        TestSites.write(work.resolve("notes.txt"), "笔记");

        Path dangling = Files.createSymbolicLink(work.resolve("dangling"), work.resolve("nowhere"));
        for (Path output : List.of(link.resolve("content"), link, root.resolve("site.yaml"), work.resolve("docs"),
                work.resolve("notes.txt"), work.resolve("notes.txt/site"), dangling)) {
            err.getBuffer().setLength(0);
            assertThat(run("build", "-q", "--source", root.toString(), "--output", output.toString())).as(output.toString()).isEqualTo(1);
            assertThat(err.toString()).as(output.toString()).containsAnyOf("would replace the site's sources",
                    "holds files Gazette did not write", "is a file, not a folder", "which is a file, not a folder",
                    "a symbolic link that leads to nothing").containsAnyOf(output + " was left as it was.",
                    "nothing was written to " + output + ".");
        }
        assertThat(TestSites.read(root.resolve("content/a.md"))).startsWith("---");
        assertThat(TestSites.read(root.resolve("site.yaml"))).isEqualTo("title: 测试\n");
        assertThat(TestSites.read(work.resolve("docs/report.doc"))).isEqualTo("报告");
        assertThat(TestSites.read(work.resolve("notes.txt"))).isEqualTo("笔记");
        assertThat(work.resolve("nowhere")).doesNotExist();

        // A content folder that is a link: its real folder is a source too.
        Path realContent = work.resolve("articles");
        Files.move(root.resolve("content"), realContent);
        Files.createSymbolicLink(root.resolve("content"), realContent);
        assertThat(run("build", "-q", "--source", root.toString(), "--output", realContent.toString())).isEqualTo(1);
        assertThat(realContent.resolve("a.md")).isRegularFile();
    }

    @Test
    void buildsThroughALinkedOutputFolderAndRefusesASiteWithoutContent(@TempDir Path work) throws Exception {
        Path root = smallSite(work.resolve("site"));
        Path served = Files.createDirectory(work.resolve("www"));
        Path link = Files.createSymbolicLink(work.resolve("public"), served);
        assertThat(run("build", "-q", "--no-cache", "--source", root.toString(), "--output", link.toString())).isEqualTo(0);
        assertThat(link).isSymbolicLink();
        assertThat(served.resolve("index.html")).isRegularFile();
        assertThat(Files.getPosixFilePermissions(served)).as("readable as a new folder is, not by its owner alone")
                .isEqualTo(Files.getPosixFilePermissions(Files.createDirectory(work.resolve("plain"))));

        Files.move(root.resolve("content"), work.resolve("content-elsewhere"));
        assertThat(run("build", "-q", "--no-cache", "--source", root.toString(), "--output", link.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("there is no content/ folder in " + root);
        assertThat(served.resolve("index.html")).as("the published site is kept").isRegularFile();

        Files.createDirectory(root.resolve("content"));
        err.getBuffer().setLength(0);
        assertThat(run("build", "-q", "--no-cache", "--source", root.toString(), "--output", link.toString())).isEqualTo(0);
        assertThat(err.toString()).as("a new site starts so, but it is worth a word")
                .contains("content: warning: there are no articles (.md files) in content/: the site will have none");
    }

    @Test
    void aLoopOfSymbolicLinksIsNamedWithoutAStackTrace(@TempDir Path work) throws Exception {
        Path root = smallSite(work.resolve("site"));
        Files.createSymbolicLink(root.resolve("content/loop"), Path.of(".."));
        assertThat(run("build", "-q", "--source", root.toString(), "--output", work.resolve("out").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(Path.of("content/loop") + ": this symbolic link leads back to a folder that holds it")
                .doesNotContain("Exception");
        assertThat(work.resolve("out")).doesNotExist();

        Files.delete(root.resolve("content/loop"));
        Path out = work.resolve("published");
        assertThat(run("build", "-q", "--source", root.toString(), "--output", out.toString())).isEqualTo(0);
        for (Path link : List.of(root.resolve("content/mirror"), root.resolve("content/deeper"), root.resolve("static/mirror"))) {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, link.endsWith("deeper") ? out.resolve("2023") : out);
            err.getBuffer().setLength(0);
            assertThat(run("build", "-q", "--source", root.toString(), "--output", out.toString())).as(link.toString()).isEqualTo(1);
            assertThat(err.toString()).contains(root.relativize(link) + ": this symbolic link leads into the output folder");
            Files.delete(link);
        }

        Files.createSymbolicLink(root.resolve("content/gone.md"), work.resolve("nowhere.md"));
        err.getBuffer().setLength(0);
        assertThat(run("build", "-q", "--source", root.toString(), "--output", work.resolve("out").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(Path.of("content/gone.md") + ": this symbolic link leads to nothing");
    }

    @Test
    void aLinkOutOfTheSiteIsRefusedByBuildAndCheckAndOneInsideIsFollowed(@TempDir Path work) throws Exception {
        Path root = smallSite(work.resolve("site"));
        Path site = work.resolve("out");
        String manifest = builtManifest(root, site);
        // What a link committed to the site's repository reaches on the machine that builds it.
        Path home = work.resolve("home");
        TestSites.write(home.resolve("credentials"), "secret");
        TestSites.write(home.resolve(".ssh/id_rsa"), "PRIVATE KEY");
        Path real = home.toRealPath();
        for (String name : List.of("static/passwd.txt", "static/h", "content/y/creds.txt", "content/y/h",
                "themes/default/assets/key.css", "templates")) {
            Path link = root.resolve(name);
            Files.createDirectories(link.getParent());
            Path target = name.endsWith("h") || name.equals("templates") ? home : home.resolve("credentials");
            Files.createSymbolicLink(link, target);
            assertRefusedByBuildAndCheck(root, site, manifest, name, "this symbolic link leads to "
                    + (target == home ? real : real.resolve("credentials")) + ", outside the site's folder: the build would"
                    + " publish it, and whatever it holds, for anyone to read (copy what the site needs into the site's"
                    + " folder, and remove the link)");
            Files.delete(link);
        }
        assertThat(site.resolve("passwd.txt")).doesNotExist();
        assertThat(site.resolve("h")).doesNotExist();

        // Links that stay inside the site are followed, as before.
        TestSites.write(root.resolve("static/logo.svg"), "<svg/>");
        Files.createDirectories(root.resolve("content/2024"));
        Files.createSymbolicLink(root.resolve("content/2024/logo.svg"), Path.of("../../static/logo.svg"));
        Files.createSymbolicLink(root.resolve("content/2024/static"), Path.of("../../static"));
        assertThat(run("build", "-q", "--source", root.toString(), "--output", site.toString())).as(err.toString()).isEqualTo(0);
        assertThat(TestSites.read(site.resolve("2024/logo.svg"))).isEqualTo("<svg/>");
        assertThat(TestSites.read(site.resolve("2024/static/logo.svg"))).isEqualTo("<svg/>");
    }

    /**
     * The site's copy of the default theme under another theme in use: its assets are published
     * with the theme's, so a link out of the site among them is refused as one among the theme's
     * own is, a build with its cache as one without.
     */
    @Test
    void aLinkOutOfTheSiteAmongTheInheritedThemesAssetsIsRefused(@TempDir Path work) throws Exception {
        Path root = smallSite(work.resolve("site"));
        TestSites.write(root.resolve("site.yaml"), "title: 测试\ntheme: x\n");
        TestSites.write(root.resolve("themes/x/assets/x.css"), "p { margin: 0; }\n");
        TestSites.write(root.resolve("themes/default/assets/own.css"), "a { color: red; }\n");
        Path site = work.resolve("out");
        String manifest = builtManifest(root, site);
        Path home = work.resolve("home");
        TestSites.write(home.resolve("credentials"), "secret");
        Files.createSymbolicLink(root.resolve("themes/default/assets/key.css"), home.resolve("credentials"));
        for (List<String> build : List.of(List.of("build", "-q"), List.of("build", "-q", "--no-cache"))) {
            err.getBuffer().setLength(0);
            assertThat(run(Stream.concat(build.stream(), Stream.of("--source", root.toString(), "--output", site.toString()))
                    .toArray(String[]::new))).as(build.toString()).isEqualTo(1);
            assertThat(err.toString()).as(build.toString()).contains("Build failed");
            assertThat(TestSites.read(site.resolve(".gazette/manifest.json"))).as("the site left as it was").isEqualTo(manifest);
        }
    }

    @Test
    void aBodyNestedTooDeepIsAnErrorAtItsLineNotAStackOverflow(@TempDir Path work) {
        Path root = smallSite(work.resolve("site"));
        Path site = work.resolve("out");
        String manifest = builtManifest(root, site);
        String tooDeep = "this text is nested too deep to render (quotes or lists more than 64 levels inside each other,"
                + " as a line of many '>' makes them): write it with fewer levels";
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            list.append("  ".repeat(i)).append("- 第").append(i).append("层\n");
        }
        // A quote of a thousand levels (1 KB), a list 500 deep (its 65th level at line 71), and a whole megabyte of '>'.
        Map<String, Integer> bodies = new java.util.LinkedHashMap<>();
        bodies.put(">".repeat(1000) + " 引文\n", 7);
        bodies.put(list.toString(), 71);
        bodies.put(">".repeat(1 << 20) + "\n", 7);
        for (var deep : bodies.entrySet()) {
            String body = deep.getKey();
            int line = deep.getValue();
            TestSites.write(root.resolve("content/deep.md"), "---\ntitle: 深\ndate: 2023-12-26\n---\n\n正文。\n" + body);
            long start = System.nanoTime();
            err.getBuffer().setLength(0);
            assertThat(run("build", "-q", "--source", root.toString(), "--output", site.toString())).isEqualTo(1);
            assertThat(err.toString()).contains(Path.of("content/deep.md") + ":" + line + ": " + tooDeep).doesNotContain("Exception");
            assertThat(TestSites.read(site.resolve(".gazette/manifest.json"))).as("the site left as it was").isEqualTo(manifest);
            out.getBuffer().setLength(0);
            assertThat(run("check", "--no-cache", "--source", root.toString())).isEqualTo(1);
            assertThat(out.toString() + err).contains("content/deep.md:" + line + ":1: error: " + tooDeep).doesNotContain("Exception");
            assertThat(System.nanoTime() - start).as("build and check of a hostile body").isLessThan(30_000_000_000L);
        }
        // Nesting as articles have it is rendered.
        TestSites.write(root.resolve("content/deep.md"), "---\ntitle: 深\ndate: 2023-12-26\n---\n\n> 引文\n> > 引文中的引文\n\n"
                + "- 一\n  - 二\n    1. 三\n\n```\n" + ">".repeat(100) + "\n```\n");
        assertThat(run("build", "-q", "--source", root.toString(), "--output", site.toString())).as(err.toString()).isEqualTo(0);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(TestSites.read(site.resolve("2023/12/deep/index.html")));
        assertThat(page.select("blockquote blockquote")).hasSize(1);
        assertThat(page.select("pre code").text()).as("a line of '>' in fenced code").isEqualTo(">".repeat(100));
    }

    @Test
    void aColumnTagOrAuthorTooLongForAFolderNameIsAnErrorAtItsLineBeforeAnythingIsWritten(@TempDir Path work) {
        Path root = smallSite(work.resolve("site"));
        Path site = work.resolve("out");
        String manifest = builtManifest(root, site);
        String topics = TestSites.read(site.resolve("topics/index.html"));
        String longName = "长".repeat(300);
        TestSites.write(root.resolve("content/long.md"), "---\ntitle: 长\ndate: 2023-12-26\ncolumn: " + longName
                + "\ntags: [妇联, " + longName + "]\nauthors:\n  - name: " + longName + "\n---\n\n正文。\n");
        String tooLong = "\"" + "长".repeat(20) + "…\" is 900 bytes long in its page's address, more than the 200 a folder's"
                + " name may take (give a shorter name, or give it a short slug in site.yaml under slugs: ";
        err.getBuffer().setLength(0);
        assertThat(run("build", "-q", "--source", root.toString(), "--output", site.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(Path.of("content/long.md") + ":4: column " + tooLong + "columns:)",
                Path.of("content/long.md") + ":5: tag " + tooLong + "tags:)",
                Path.of("content/long.md") + ":7: author " + tooLong + "authors:)").doesNotContain("File name too long");
        assertThat(TestSites.read(site.resolve(".gazette/manifest.json"))).isEqualTo(manifest);
        assertThat(TestSites.read(site.resolve("topics/index.html"))).as("nothing rewritten").isEqualTo(topics);
        assertThat(site.resolve(".gazette/updating")).doesNotExist();
        out.getBuffer().setLength(0);
        assertThat(run("check", "--no-cache", "--source", root.toString())).isEqualTo(1);
        assertThat(out.toString() + err).contains("content/long.md:4:9: error: column " + tooLong + "columns:)");
    }

    @Test
    void aNameTooLongMetOnlyAsTheOutputIsUpdatedFailsBeforeTheFirstRename(@TempDir Path work) {
        Path root = smallSite(work.resolve("site"));
        Path site = work.resolve("out");
        String manifest = builtManifest(root, site);
        String topics = TestSites.read(site.resolve("topics/index.html"));
        // A folder of the permalink: the staging folder holds an update's files under numbers, so the name was met in the renames.
        TestSites.write(root.resolve("site.yaml"), "title: 测试\npermalink: /" + "长".repeat(100) + "/:slug/\n");
        err.getBuffer().setLength(0);
        assertThat(run("build", "-q", "--source", root.toString(), "--output", site.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("a name 300 bytes long, more than the 255 a file system takes (shorten the"
                + " alias, name or slug it comes from)").contains(site + " was left as it was").doesNotContain("marked as being updated");
        assertThat(TestSites.read(site.resolve(".gazette/manifest.json"))).isEqualTo(manifest);
        assertThat(TestSites.read(site.resolve("topics/index.html"))).isEqualTo(topics);
        assertThat(site.resolve(".gazette/updating")).doesNotExist();
    }

    @Test
    void anAliasTooLongForAFolderNameIsAnErrorAtItsLine(@TempDir Path work) {
        Path root = smallSite(work.resolve("site"));
        TestSites.write(root.resolve("content/long.md"), "---\ntitle: 长\ndate: 2023-12-26\naliases: [/" + "长".repeat(100)
                + "/]\n---\n\n正文。\n");
        out.getBuffer().setLength(0);
        assertThat(run("check", "--no-cache", "--source", root.toString())).isEqualTo(1);
        assertThat(out.toString() + err).contains("content/long.md:4:10: error: alias \"/" + "长".repeat(20) + "…\" has a"
                + " part 300 bytes long, more than the 200 a folder's name may take (give the old address as it was, or leave it out)");
    }

    @Test
    void aLinkToNothingInStaticThemesOrTemplatesIsNamedNotSkipped(@TempDir Path work) throws Exception {
        Path root = smallSite(work.resolve("site"));
        Path site = work.resolve("out");
        String manifest = builtManifest(root, site);
        for (String name : List.of("static", "content/图库~", "static/logo.png", "static/.well-known", "templates/article.html", "themes/default/assets/extra.css",
                "templates", "themes/default", "themes")) {
            Path link = root.resolve(name);
            Files.createDirectories(link.getParent());
            if (Files.isDirectory(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) { // made by a step before
                try (var walk = Files.walk(link)) {
                    for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createSymbolicLink(link, work.resolve("nowhere"));
            assertRefusedByBuildAndCheck(root, site, manifest, name, "this symbolic link leads to nothing");
            Files.delete(link);
        }
        // An editor's lock file (Emacs's .#name while it edits) is a link to nothing: no error; nor
        // links among a theme's files the build never reads.
        Files.createSymbolicLink(root.resolve("static/.#logo.png"), Path.of("editor@host.1234"));
        Files.createDirectories(root.resolve("themes/default/assets/.src"));
        Files.createSymbolicLink(root.resolve("themes/default/assets/.src/site.scss"), work.resolve("nowhere"));
        Files.createDirectories(root.resolve("themes/default/node_modules/.bin"));
        Files.createSymbolicLink(root.resolve("themes/default/node_modules/.bin/sass"), work.resolve("nowhere"));
        Files.createSymbolicLink(root.resolve("themes/default/node_modules/loop"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("themes/default/assets/.src/loop"), Path.of(".."));
        err.getBuffer().setLength(0);
        assertThat(run("build", "-q", "--source", root.toString(), "--output", site.toString())).as(err.toString()).isEqualTo(0);

        // A link to a folder that holds the output folder would publish the last build inside the next.
        Path outputs = work.resolve("outputs");
        Files.createDirectories(outputs);
        Files.createSymbolicLink(root.resolve("static/mirror"), outputs);
        err.getBuffer().setLength(0);
        assertThat(run("build", "-q", "--source", root.toString(), "--output", outputs.resolve("site").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(Path.of("static/mirror") + ": this symbolic link leads into the output folder");
        Files.delete(root.resolve("static/mirror"));

        // Check tells a broken link or a loop beside the articles' own problems, not instead of them.
        Files.createDirectories(root.resolve("static/more"));
        Files.createSymbolicLink(root.resolve("static/more/loop"), Path.of(".."));
        TestSites.write(root.resolve("content/a.md"), "---\ntitle:\ndate: 2023-12-26\n---\n");
        out.getBuffer().setLength(0);
        assertThat(run("check", "--no-cache", "--source", root.toString())).isEqualTo(1);
        assertThat(out.toString() + err).contains("static/more/loop:1:1: error: this symbolic link leads back to a folder that holds it")
                .contains("content/a.md:2:1: error: title is missing").doesNotContain("Exception");
    }

    @Test
    void everyBrokenLinkIsNamedAtOnce(@TempDir Path work) throws Exception {
        Path root = smallSite(work.resolve("site"));
        Path site = root.resolve("site"); // where check too looks for the output folder
        Path nowhere = work.resolve("nowhere");
        Files.createDirectories(site);
        Map<String, String> problems = Map.of("loop", "this symbolic link leads back", "镜像", "this symbolic link leads into the output folder");
        for (List<String> links : List.of(List.of("content/图库/1.jpg", "content/图库/2.jpg", "content/附件/loop"),
                List.of("content/镜像", "content/图库/3.jpg"),
                List.of("static/a.png", "static/css/b.css"),
                List.of("content/图库/4.jpg", "static/c.png"),
                List.of("templates/article.html", "templates/home.html", "themes/default/assets/extra.css"),
                List.of("templates", "themes"),
                List.of("content/图库/5.jpg", "static/d.png", "templates/list.html", "themes/default/assets/more.css"))) {
            for (String name : links) {
                Files.createDirectories(root.resolve(name).getParent());
                Path target = name.endsWith("loop") ? Path.of("..") : name.endsWith("镜像") ? site : nowhere;
                Files.createSymbolicLink(root.resolve(name), target);
            }
            err.getBuffer().setLength(0);
            assertThat(run("build", "-q", "--source", root.toString(), "--output", site.toString())).as(links.toString()).isEqualTo(1);
            out.getBuffer().setLength(0);
            assertThat(run("check", "--no-cache", "--source", root.toString())).as(links.toString()).isEqualTo(1);
            for (String name : links) {
                String problem = problems.getOrDefault(Path.of(name).getFileName().toString(), "this symbolic link leads to nothing");
                assertThat(err.toString()).as("build").contains(Path.of(name) + ": " + problem);
                assertThat(out.toString() + err).as("check").contains(name + ":1:1: error: " + problem);
            }
            for (String name : links) {
                Files.delete(root.resolve(name));
            }
            for (String folder : List.of("templates", "themes")) { // made for links inside: the next group may link them
                OutputFolders.deleteTree(root.resolve(folder));
            }
        }
        assertThat(run("build", "-q", "--source", root.toString(), "--output", site.toString())).as(err.toString()).isEqualTo(0);
    }

    @Test
    void aSourceFolderSavedAsAFileIsNamedNotSkipped(@TempDir Path work) throws Exception {
        Path root = smallSite(work.resolve("site"));
        Path site = work.resolve("out");
        String manifest = builtManifest(root, site);
        for (String name : List.of("static", "templates", "themes/default", "themes", "content")) {
            Path file = root.resolve(name);
            if (name.equals("content")) {
                Files.move(file, root.resolve("content.kept"));
            }
            TestSites.write(file, "样式\n");
            assertRefusedByBuildAndCheck(root, site, manifest, name, "this is a file, but Gazette reads a folder of this name");
            Files.delete(file);
            if (name.equals("themes/default")) {
                Files.delete(file.getParent());
            }
            if (name.equals("content")) {
                Files.move(root.resolve("content.kept"), file);
            }
        }
        assertThat(run("build", "-q", "--source", root.toString(), "--output", site.toString())).as(err.toString()).isEqualTo(0);
    }

    /** Builds {@code root} into {@code site}, which must succeed, and gives the manifest written. */
    private String builtManifest(Path root, Path site) {
        assertThat(run("build", "-q", "--source", root.toString(), "--output", site.toString())).as(err.toString()).isEqualTo(0);
        return TestSites.read(site.resolve(".gazette/manifest.json"));
    }

    /**
     * The build after a good one fails naming {@code name} and leaves the site as it was (what
     * appeared must not be taken for "nothing changed"); check names it too.
     */
    private void assertRefusedByBuildAndCheck(Path root, Path site, String manifest, String name, String problem) {
        err.getBuffer().setLength(0);
        assertThat(run("build", "-q", "--source", root.toString(), "--output", site.toString())).as(name).isEqualTo(1);
        assertThat(err.toString()).as(name).contains(Path.of(name) + ": " + problem).doesNotContain("Exception");
        assertThat(TestSites.read(site.resolve(".gazette/manifest.json"))).as("the site left as it was").isEqualTo(manifest);
        out.getBuffer().setLength(0);
        assertThat(run("check", "--no-cache", "--source", root.toString())).as(name).isEqualTo(1);
        assertThat(out.toString() + err).contains(name + ":1:1: error: " + problem);
    }

    /** A site of one article, with its site.yaml, at {@code root}. */
    private static Path smallSite(Path root) {
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: x\ndate: 2023-12-26\n---\n");
        TestSites.write(root.resolve("site.yaml"), "title: 测试\n");
        return root;
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out.toString()).matches("gazette \\d+\\.\\d+\\.\\d+.*\\s*");
        assertThat(run("build", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("--source=DIR", "--output=DIR", "--drafts", "--future", "--base-url=URL");
    }

    @Test
    void everyCommandIsSummedUpInAWholeSentenceInTheHelp() {
        assertThat(run("--help")).isEqualTo(0);
        String commands = out.toString().substring(out.toString().indexOf("Commands:\n") + "Commands:\n".length());
        // an entry is "  name  text", its text going on in lines indented further
        List<String> summaries = List.of(commands.strip().split("\n(?=  \\S)"));
        assertThat(summaries).extracting(s -> s.strip().split("\\s+", 2)[0])
                .containsExactly("build", "check", "new", "import", "serve", "deploy", "hook", "help");
        assertThat(summaries).allSatisfy(s -> assertThat(s.strip()).as(s).endsWith("."));
        assertThat(summaries.get(5).replaceAll("\\s+", " ")).endsWith("stale objects deleted after every upload.");
    }
}
