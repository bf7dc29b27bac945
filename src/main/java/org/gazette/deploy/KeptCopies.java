package org.gazette.deploy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys of the kept copies ({@code .gazette/kept/}), listed the first time they are asked for.
 * A deploy that changes nothing never asks: a scheduled run every 15 minutes would otherwise list
 * every copy the last {@code keep_deploys} deploys kept (after a change of template, one for
 * nearly every page: 18 LIST requests at 10,000 articles, ten times as many at 100,000) to do
 * nothing with them.
 *
 * <pre>{@code
 * KeptCopies kept = new KeptCopies(storage, layout.keptPrefix());
 * kept.keys().contains(layout.keptKey(record)); // lists the bucket's kept copies once
 * }</pre>
 */
public final class KeptCopies {

    private final Storage storage;
    private final String prefix;
    private Set<String> keys;

    public KeptCopies(Storage storage, String prefix) {
        this.storage = storage;
        this.prefix = prefix;
    }

    /** The keys, listed on the first call; a set that may be added to (it is shared by parallel uploads). */
    public synchronized Set<String> keys() {
        if (keys == null) {
            Set<String> listed = ConcurrentHashMap.newKeySet();
            storage.list(prefix).forEach(o -> listed.add(o.key()));
            keys = listed;
        }
        return keys;
    }
}
