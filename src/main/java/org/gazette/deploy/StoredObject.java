package org.gazette.deploy;

/**
 * An object as a bucket listing shows it.
 *
 * <pre>{@code
 * storage.list("news/").forEach(o -> System.out.println(o.key() + " " + o.etag()));
 * }</pre>
 *
 * @param key  the whole key
 * @param size bytes stored
 * @param etag the ETag without quotes; for an object put in one request without KMS, the hex MD5 of its bytes
 */
public record StoredObject(String key, long size, String etag) {
}
