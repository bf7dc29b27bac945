package org.gazette.deploy;

/**
 * The headers a stored object is served with, read back with a HEAD request.
 *
 * <pre>{@code
 * storage.head("index.html").map(StoredHeaders::cacheControl);
 * }</pre>
 *
 * @param contentType     {@code Content-Type}, empty when none
 * @param cacheControl    {@code Cache-Control}, empty when none
 * @param contentEncoding {@code Content-Encoding}, empty when none
 * @param md5             the MD5 Gazette stored in the object's metadata, empty when none
 */
public record StoredHeaders(String contentType, String cacheControl, String contentEncoding, String md5) {
}
