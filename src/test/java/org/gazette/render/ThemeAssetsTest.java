package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.TestSites;
import org.gazette.problem.Problem;
import org.gazette.site.OutputFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme's assets as published: stylesheets lead to the fingerprinted names of the files they use. */
class ThemeAssetsTest {

    private static final Pattern URL = Pattern.compile("url\\([\"']?([^\"')]*)[\"']?\\)|@import \"([^\"]*)\"");

    @TempDir
    Path root;
    @TempDir
    Path output;

    @BeforeEach
    void writeSite() {
        TestSites.write(root.resolve("site.yaml"), "theme: fulian\n");
        TestSites.write(root.resolve("content/a.md"), "---\ntitle: 标题\ndate: 2023-12-26\n---\n\n正文。\n");
        TestSites.write(root.resolve("themes/fulian/assets/fonts/heading.woff2"), "font v1");
        TestSites.write(root.resolve("themes/fulian/assets/img/logo.png"), "logo");
        TestSites.write(root.resolve("themes/fulian/assets/icons.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        TestSites.write(root.resolve("themes/fulian/assets/print.css"), "body{color:#000}");
        TestSites.write(root.resolve("themes/fulian/assets/css/inner.css"), "h1{background:url('../img/logo.png')}");
        TestSites.write(root.resolve("themes/fulian/assets/style.css"), """
                @import "print.css";
                @font-face{font-family:h;src:url("fonts/heading.woff2") format("woff2"),url(fonts/heading.woff2?#iefix)}
                header{background:url("img/logo.png")}
                nav{background:url(icons.svg#home)}
                /* url(img/old.png) is no more */
                a{background:url(data:image/png;base64,AAAA)} b{background:url(https://cdn.example.org/x.png)}
                i{background:url(/images/site.png)} u{filter:url(#shadow)}
                """);
    }

    @Test
    void aStylesheetsReferencesToThemeAssetsLeadToTheirPublishedNames() {
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        Path stylesheet = TestSites.stylesheet(output);
        String css = TestSites.read(stylesheet);
        assertThat(references(css)).hasSize(9).endsWith("data:image/png;base64,AAAA", "https://cdn.example.org/x.png",
                "/images/site.png", "#shadow");
        List<String> published = references(css).subList(0, 5);
        assertThat(published).allSatisfy(reference -> assertThat(reference).matches(".*\\.[0-9a-f]{10}\\.[a-z0-9]+(\\?#iefix|#home)?"));
        for (String reference : published) {
            assertThat(stylesheet.resolveSibling(reference.replaceAll("[?#].*", ""))).as(reference).isRegularFile();
        }
        // what follows the file's name is kept: the ?#iefix old Internet Explorers need, a fragment naming a symbol
        assertThat(published.get(2)).matches("fonts/heading\\.[0-9a-f]{10}\\.woff2\\?#iefix");
        assertThat(published.get(4)).matches("icons\\.[0-9a-f]{10}\\.svg#home");
        assertThat(css).contains("/* url(img/old.png) is no more */", "url(data:image/png;base64,AAAA)",
                "url(https://cdn.example.org/x.png)", "url(/images/site.png)", "url(#shadow)");

        Path inner = only(output.resolve("assets/css"), "inner\\.[0-9a-f]{10}\\.css");
        assertThat(references(TestSites.read(inner))).singleElement().asString().matches("\\.\\./img/logo\\.[0-9a-f]{10}\\.png");
        assertThat(inner.resolveSibling(references(TestSites.read(inner)).get(0))).isRegularFile();
    }

    @Test
    void aChangedFontGivesTheStylesheetANewName() {
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        String before = TestSites.stylesheet(output).getFileName().toString();
        TestSites.write(root.resolve("themes/fulian/assets/fonts/heading.woff2"), "font v2");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        assertThat(TestSites.stylesheet(output).getFileName().toString()).isNotEqualTo(before);
    }

    /**
     * An asset saved again once its published name is worked out, as while a build runs: the
     * file published under that name holds the bytes the name's hash was taken of, which the
     * build's fingerprint of the theme took too, not the new ones.
     */
    @Test
    void anAssetSavedAfterItsNameWasWorkedOutIsPublishedWithTheBytesNamed() throws Exception {
        Assets assets = Assets.of(Theme.locate(root, "fulian"));
        TestSites.write(root.resolve("themes/fulian/assets/fonts/heading.woff2"), "font v2");
        String name = assets.path("fonts/heading.woff2").substring(1);
        OutputFile font = assets.generate(null).stream().filter(file -> file.path().equals(name)).findFirst().orElseThrow();
        byte[] published = font instanceof OutputFile.Copied copied ? Files.readAllBytes(copied.source())
                : ((OutputFile.Generated) font).bytes();
        assertThat(new String(published, StandardCharsets.UTF_8)).isEqualTo("font v1");
    }

    @Test
    void aReferenceToAnAssetTheThemeLacksIsToldAtItsLine() {
        TestSites.write(root.resolve("themes/fulian/assets/style.css"), "body{}\n\nheader{background:url(\"img/logo.svg\")}\n");
        assertThat(TestSites.build(root, output).problems()).extracting(Problem::format).containsExactly(
                "themes/fulian/assets/style.css:3: \"img/logo.svg\" names no file of the theme's assets (add img/logo.svg to"
                        + " the theme's assets/ folder, or correct the name)");
    }

    @Test
    void editorsBackupsAndLocksAreNotPublished() {
        TestSites.write(root.resolve("themes/fulian/assets/style.css~"), "old");
        TestSites.write(root.resolve("themes/fulian/assets/#style.css#"), "autosave");
        TestSites.write(root.resolve("themes/fulian/assets/img/~$logo.docx"), "lock");
        assertThat(TestSites.build(root, output).problems()).isEmpty();
        try (var files = Files.walk(output.resolve("assets"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.contains("~") || name.startsWith("#"))
                    .anyMatch(name -> name.matches("style\\.[0-9a-f]{10}\\.css"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> references(String css) {
        List<String> references = new ArrayList<>();
        Matcher matcher = URL.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (matcher.find()) {
            references.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return references;
    }

    private static Path only(Path folder, String pattern) {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches(pattern)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
