package org.gazette.site;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where a generator of many files may skip making some of them: a group of files whose inputs are
 * those the previous build made the group from is the previous build's, kept without being made
 * again. The search index makes each shard through one, so that an edit rewrites only the shards
 * holding words it changed. The groups' files must depend on the articles alone, neither on the
 * theme nor on a setting the articles do not read ({@link Generator#readsSettings}): a memo keys
 * them by the settings the articles read and the inputs alone.
 *
 * <pre>{@code
 * memo.files("search/t/17", shardKey, () -> shardFiles(17), out);
 * }</pre>
 */
public interface OutputMemo {

    /** Makes every group. */
    OutputMemo NONE = (name, inputs, make, out) -> make.get().forEach(out);

    /**
     * Hands the files of group {@code name} to {@code out}: the previous build's when {@code inputs}
     * equal those it had then, else those {@code make} returns. {@code inputs} is a value of
     * records, lists, strings and byte arrays, as {@link Generator#dependsOn} returns, and must
     * determine every byte of the group; {@code name} is unique in the build, and starts with the
     * name of the generator that makes it and a slash.
     */
    void files(String name, Object inputs, Supplier<List<OutputFile>> make, Consumer<OutputFile> out);
}
