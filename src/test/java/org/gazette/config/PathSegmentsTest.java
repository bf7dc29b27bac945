package org.gazette.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which hand-written site paths keep their files inside the output folder. */
class PathSegmentsTest {

    @Test
    void namesOfFoldersAndFilesPassAndAFinalSlashIsAllowed() {
        assertThat(PathSegments.problem("/:year/:slug/")).isEmpty();
        assertThat(PathSegments.problem("2023/12/妇联/index.html")).isEmpty();
        assertThat(PathSegments.problem("/")).isEmpty();
        assertThat(PathSegments.problem("")).isEmpty();
        assertThat(PathSegments.problem("a/.hidden/..x/x../.../b")).isEmpty();
    }

    @Test
    void dotFoldersDoubleSlashesBackslashesAndControlCharactersAreRefused() {
        assertThat(PathSegments.problem("/../../:slug/")).hasValue("holds a . or .. folder, which would put pages outside the site");
        assertThat(PathSegments.problem("a/./b")).hasValue("holds a . or .. folder, which would put pages outside the site");
        assertThat(PathSegments.problem("a/..")).hasValue("holds a . or .. folder, which would put pages outside the site");
        assertThat(PathSegments.problem(".")).hasValue("holds a . or .. folder, which would put pages outside the site");
        assertThat(PathSegments.problem("a//b")).hasValue("holds //");
        assertThat(PathSegments.problem("//a")).hasValue("holds //");
        assertThat(PathSegments.problem("a\\b/c")).hasValue("holds \\, which some systems read as a folder separator");
        assertThat(PathSegments.problem("a/b\u0007c")).hasValue("holds a control character");
        assertThat(PathSegments.problem("a/b\u0085")).hasValue("holds a control character");
    }
}
