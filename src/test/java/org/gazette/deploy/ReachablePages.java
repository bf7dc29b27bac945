package org.gazette.deploy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader meets: every page reachable from the home page, following internal links, with
 * each link's target present. Works on any set of objects, such as a bucket read through the S3 API.
 *
 * <pre>{@code
 * List<String> broken = ReachablePages.broken(keys, key -> bytes(client, bucket, key));
 * }</pre>
 */
final class ReachablePages {

    private ReachablePages() {
    }

    /** {@code page -> target} for every link from a reachable page to a missing object. */
    static List<String> broken(Set<String> keys, Function<String, byte[]> read) {
        List<String> broken = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        Set<String> seen = new HashSet<>(queue);
        if (!keys.contains("index.html")) {
            return List.of("(no index.html)");
        }
        while (!queue.isEmpty()) {
            String page = queue.poll();
            Document document = Jsoup.parse(new String(read.apply(page), StandardCharsets.UTF_8), "http://site/" + page);
            for (Element element : document.select("a[href], link[href], img[src], script[src]")) {
                String attribute = element.hasAttr("href") ? "href" : "src";
                String raw = element.attr(attribute);
                if (raw.isEmpty() || raw.startsWith("#") || raw.startsWith("mailto:") || "canonical".equals(element.attr("rel"))
                        || "alternate".equals(element.attr("rel")) && raw.startsWith("http")) {
                    continue;
                }
                URI target;
                try {
                    target = base(page).resolve(raw.replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    broken.add(page + " -> unreadable link " + raw);
                    continue;
                }
                if (!"site".equals(target.getHost())) {
                    continue; // another site
                }
                String key = URLDecoder.decode(target.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8).substring(1);
                if (key.isEmpty() || key.endsWith("/")) {
                    key = key + "index.html";
                }
                if (!keys.contains(key)) {
                    broken.add(page + " -> " + key);
                } else if (key.endsWith(".html") && seen.add(key)) {
                    queue.add(key);
                }
            }
        }
        return broken;
    }

    /** Reads every object of a map. */
    static List<String> broken(Map<String, byte[]> objects) {
        return broken(objects.keySet(), objects::get);
    }

    private static URI base(String page) {
        try {
            return URI.create(new URI("http", "site", "/" + page, null).toASCIIString());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(page, e);
        }
    }
}
