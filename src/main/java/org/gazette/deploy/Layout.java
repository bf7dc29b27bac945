package org.gazette.deploy;

/**
 * Where things are in a bucket under a target's prefix: the site's objects at their paths, and
 * Gazette's own state under {@code .gazette/}: the manifests of the last deploys in
 * {@code .gazette/deploys/}, copies of replaced objects, by content, in {@code .gazette/kept/}, and
 * the paths of a deploy under way in {@code .gazette/uploading.json}.
 *
 * <pre>{@code
 * Layout layout = new Layout("news/");
 * layout.key("index.html");         // "news/index.html"
 * layout.keptKey(record);           // "news/.gazette/kept/3f2a...9c.gz"
 * }</pre>
 *
 * @param prefix empty, or a key prefix ending in {@code /}
 */
public record Layout(String prefix) {

    /** The folder of Gazette's state, relative to the prefix; never a path of the site. */
    public static final String STATE = ".gazette/";

    public String key(String path) {
        return prefix + path;
    }

    /** The site path of a key under the prefix. */
    public String path(String key) {
        return key.substring(prefix.length());
    }

    public String deploysPrefix() {
        return prefix + STATE + "deploys/";
    }

    public String manifestKey(String deployId) {
        return deploysPrefix() + deployId + ".json";
    }

    /** The record of the uploads a deploy began and has not finished ({@link UnfinishedUploads}). */
    public String uploadingKey() {
        return prefix + STATE + "uploading.json";
    }

    public String keptPrefix() {
        return prefix + STATE + "kept/";
    }

    /** The kept copy of an object with this content and encoding (its headers are in the manifests). */
    public String keptKey(ObjectRecord record) {
        return keptPrefix() + record.md5() + record.encoding().suffix();
    }

    public static boolean isState(String path) {
        return path.startsWith(STATE);
    }
}
