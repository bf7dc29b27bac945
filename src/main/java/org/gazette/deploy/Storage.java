package org.gazette.deploy;

import java.util.List;
import java.util.Optional;

/**
 * The operations a deploy needs from one bucket: the seam between planning and S3. Every method
 * throws {@link StorageException} on failure, marked retryable or not.
 *
 * <pre>{@code
 * try (Storage storage = S3Storage.open(target, credentials)) {
 *     storage.put("index.html", bytes, record);
 * }
 * }</pre>
 */
public interface Storage extends AutoCloseable {

    /** Every object whose key starts with {@code prefix}, in key order. */
    List<StoredObject> list(String prefix);

    /** The bytes of an object; empty when there is none. */
    Optional<byte[]> get(String key);

    /** The headers of an object; empty when there is none. */
    Optional<StoredHeaders> head(String key);

    /** Writes an object with the record's headers ({@code body} is already encoded as the record says). */
    void put(String key, byte[] body, ObjectRecord record);

    /** Writes a private object of Gazette's own (a manifest): JSON, never cached. */
    void putState(String key, byte[] json);

    /** Copies an object inside the bucket, giving the copy the record's headers; false when the source is not there. */
    boolean copy(String sourceKey, String targetKey, ObjectRecord record);

    /** Deletes objects; deleting one that is not there is not an error. */
    void delete(List<String> keys);

    /** {@code s3://bucket/prefix} and the endpoint, for messages. */
    String describe();

    @Override
    void close();
}
