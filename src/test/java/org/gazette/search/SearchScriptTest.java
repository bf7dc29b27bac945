package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The JavaScript unit tests (src/test/js/, node --test), which share the tokenizer vectors with TokenizerTest. */
class SearchScriptTest {

    @Test
    void javaScriptTestsPass() throws Exception {
        NodeScripts.Run run = NodeScripts.node("--test", "src/test/js/");
        System.out.println(run.out());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("# fail 0").containsPattern("# pass [1-9]");
    }
}
