package org.gazette.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gazette.output.Manifest;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.LegacyMd5Plugin;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link Storage} on one bucket through the AWS SDK for Java v2: any S3-compatible store, with
 * credentials from the standard AWS sources (environment, profile, instance role) only. The
 * SDK's own retries are off; {@link RetryingStorage} does them, the same way for every request.
 *
 * <pre>{@code
 * try (Storage storage = S3Storage.open(target, Optional.empty(), 8)) {
 *     storage.list("");
 * }
 * }</pre>
 */
public final class S3Storage implements Storage {

    /** User metadata: the MD5 of the file before compression, for a reader of the bucket. */
    public static final String MD5_METADATA = "gazette-md5";
    private static final int DELETE_BATCH = 1000;

    private final S3Client client;
    private final DeployTarget target;
    /** Set when the store answered 501 to a multi-object delete. */
    private final AtomicBoolean singleDeletes = new AtomicBoolean();

    private S3Storage(S3Client client, DeployTarget target) {
        this.client = client;
        this.target = target;
    }

    /**
     * A client for the target. {@code credentials} replaces the standard sources (for tests);
     * {@code connections} bounds the parallel requests.
     */
    public static S3Storage open(DeployTarget target, Optional<AwsCredentialsProvider> credentials, int connections) {
        AwsCredentialsProvider provider = credentials.orElseGet(() -> target.profile()
                .<AwsCredentialsProvider>map(ProfileCredentialsProvider::create)
                .orElseGet(() -> DefaultCredentialsProvider.builder().build()));
        try {
            provider.resolveCredentials(); // no credentials: say so before any request
        } catch (SdkException e) {
            throw new DeployException("no AWS credentials were found" + target.profile().map(p -> " in profile " + p).orElse("")
                    + " (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or profile: in the deploy target)", e);
        }
        S3ClientBuilder builder = S3Client.builder()
                .region(region(target))
                .credentialsProvider(provider)
                // Whole bodies, signed: with aws-chunked uploads (the SDK's choice over plain http) some S3-compatible
                // stores keep "aws-chunked" as the object's Content-Encoding, and browsers then cannot read the page.
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(target.pathStyle())
                        .chunkedEncodingEnabled(false)
                        .build())
                // Content-MD5 guards each upload; multi-object deletes carry it too, which MinIO and others require.
                .addPlugin(LegacyMd5Plugin.create())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(Apache5HttpClient.builder()
                        .maxConnections(Math.max(connections, 2))
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallAttemptTimeout(Duration.ofMinutes(2)));
        target.endpoint().ifPresent(builder::endpointOverride);
        return new S3Storage(builder.build(), target);
    }

    private static Region region(DeployTarget target) {
        if (target.region().isPresent()) {
            return Region.of(target.region().get());
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkException e) {
            if (target.endpoint().isPresent()) {
                return Region.US_EAST_1; // S3-compatible stores mostly ignore it, but it is signed
            }
            throw new DeployException("no region for " + target.describe()
                    + " (add region: to the deploy target, pass --region, or set AWS_REGION)");
        }
    }

    @Override
    public List<StoredObject> list(String prefix) {
        try {
            List<StoredObject> objects = new ArrayList<>();
            client.listObjectsV2Paginator(r -> r.bucket(target.bucket()).prefix(prefix)).contents()
                    .forEach(o -> objects.add(new StoredObject(o.key(), o.size(), unquote(o.eTag()))));
            return objects;
        } catch (SdkException e) {
            throw S3Errors.describe(e, "list " + target.describe(), target);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(client.getObjectAsBytes(r -> r.bucket(target.bucket()).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw S3Errors.describe(e, "read " + key, target);
        }
    }

    @Override
    public Optional<StoredHeaders> head(String key) {
        try {
            HeadObjectResponse head = client.headObject(r -> r.bucket(target.bucket()).key(key));
            return Optional.of(new StoredHeaders(orEmpty(head.contentType()), orEmpty(head.cacheControl()),
                    orEmpty(head.contentEncoding()), head.metadata().getOrDefault(MD5_METADATA, "")));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && (e.awsErrorDetails() == null || !"NoSuchBucket".equals(e.awsErrorDetails().errorCode()))) {
                return Optional.empty();
            }
            throw S3Errors.describe(e, "read " + key, target);
        } catch (SdkException e) {
            throw S3Errors.describe(e, "read " + key, target);
        }
    }

    @Override
    public void put(String key, byte[] body, ObjectRecord record) {
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(target.bucket())
                .key(key)
                .contentType(record.contentType())
                .cacheControl(record.cacheControl())
                .contentMD5(contentMd5(body))
                .contentLength((long) body.length)
                .metadata(record.hashKnown() ? Map.of(MD5_METADATA, record.md5()) : Map.of());
        if (record.encoding() != Encoding.IDENTITY) {
            request.contentEncoding(record.encoding().header());
        }
        try {
            client.putObject(request.build(), RequestBody.fromBytes(body));
        } catch (SdkException e) {
            throw S3Errors.describe(e, "upload " + key, target);
        }
    }

    /** The {@code Content-MD5} header of {@code body}: S3 refuses an upload whose bytes do not match it. */
    private static String contentMd5(byte[] body) {
        return Base64.getEncoder().encodeToString(Manifest.md5().digest(body));
    }

    @Override
    public void putState(String key, byte[] json) {
        try {
            client.putObject(r -> r.bucket(target.bucket()).key(key).contentType("application/json")
                            .cacheControl("no-store").contentMD5(contentMd5(json)),
                    RequestBody.fromBytes(json));
        } catch (SdkException e) {
            throw S3Errors.describe(e, "write " + key, target);
        }
    }

    @Override
    public boolean copy(String sourceKey, String targetKey, ObjectRecord record) {
        CopyObjectRequest.Builder request = CopyObjectRequest.builder()
                .sourceBucket(target.bucket()).sourceKey(sourceKey)
                .destinationBucket(target.bucket()).destinationKey(targetKey)
                .metadataDirective(MetadataDirective.REPLACE)
                .contentType(record.contentType())
                .cacheControl(record.cacheControl())
                .metadata(record.hashKnown() ? Map.of(MD5_METADATA, record.md5()) : Map.of());
        if (record.encoding() != Encoding.IDENTITY) {
            request.contentEncoding(record.encoding().header());
        }
        try {
            client.copyObject(request.build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && e.awsErrorDetails() != null && "NoSuchKey".equals(e.awsErrorDetails().errorCode())) {
                return false;
            }
            throw S3Errors.describe(e, "copy " + sourceKey + " to " + targetKey, target);
        } catch (SdkException e) {
            throw S3Errors.describe(e, "copy " + sourceKey + " to " + targetKey, target);
        }
    }

    @Override
    public void delete(List<String> keys) {
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH));
            if (singleDeletes.get()) {
                batch.forEach(this::deleteOne);
            } else {
                deleteBatch(batch);
            }
        }
    }

    private void deleteBatch(List<String> keys) {
        List<ObjectIdentifier> batch = keys.stream().map(k -> ObjectIdentifier.builder().key(k).build()).toList();
        DeleteObjectsResponse response;
        try {
            response = client.deleteObjects(r -> r.bucket(target.bucket()).delete(Delete.builder().objects(batch).quiet(true).build()));
        } catch (S3Exception e) {
            if (e.statusCode() == 501) {
                // No multi-object delete here (Google Cloud Storage), or not with the SDK's CRC32 header (S3Proxy 3): one by one.
                singleDeletes.set(true);
                keys.forEach(this::deleteOne);
                return;
            }
            throw S3Errors.describe(e, "delete " + batch.size() + " objects", target);
        } catch (SdkException e) {
            throw S3Errors.describe(e, "delete " + batch.size() + " objects", target);
        }
        if (response.hasErrors() && !response.errors().isEmpty()) {
            S3Error first = response.errors().get(0);
            boolean retryable = response.errors().stream().allMatch(err -> "InternalError".equals(err.code())
                    || "SlowDown".equals(err.code()) || "ServiceUnavailable".equals(err.code()));
            throw new StorageException("cannot delete " + response.errors().size() + " objects, such as "
                    + first.key() + " (" + first.code() + " " + first.message() + ")", retryable, null);
        }
    }

    private void deleteOne(String key) {
        try {
            client.deleteObject(r -> r.bucket(target.bucket()).key(key));
        } catch (SdkException e) {
            throw S3Errors.describe(e, "delete " + key, target);
        }
    }

    @Override
    public String describe() {
        return target.describe();
    }

    @Override
    public void close() {
        client.close();
    }

    private static String unquote(String etag) {
        return etag == null ? "" : etag.replace("\"", "");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
