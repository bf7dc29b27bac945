package org.gazette.deploy;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns the SDK's exceptions into one line an operator can act on, and says whether trying
 * again may help.
 *
 * <pre>{@code
 * catch (SdkException e) { throw S3Errors.describe(e, "upload index.html", target); }
 * }</pre>
 */
final class S3Errors {

    private S3Errors() {
    }

    static StorageException describe(SdkException e, String operation, DeployTarget target) {
        if (e instanceof AwsServiceException service) {
            return describeService(service, operation, target);
        }
        if (e instanceof SdkClientException && e.getMessage() != null && e.getMessage().contains("Unable to load credentials")) {
            return new StorageException("no AWS credentials were found (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
                    + " or AWS_PROFILE, or profile: in the deploy target)", false, e);
        }
        // A client-side failure: the connection was refused, reset or timed out.
        String where = target.endpoint().map(Object::toString).orElse("S3");
        return new StorageException("cannot " + operation + ": " + where + " did not answer (" + rootMessage(e) + ")",
                true, e);
    }

    private static StorageException describeService(AwsServiceException e, String operation, DeployTarget target) {
        int status = e.statusCode();
        String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? "" : e.awsErrorDetails().errorCode();
        String seen = "(" + status + (code.isEmpty() ? "" : " " + code) + ")";
        String bucket = "s3://" + target.bucket();
        return switch (code) {
            case "InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken", "TokenRefreshRequired" ->
                    new StorageException(target.endpoint().map(u -> u + " ").orElse("S3 ") + "refused the credentials "
                            + seen + " (check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the profile)", false, e);
            case "AccessDenied", "AllAccessDisabled" -> new StorageException("access to " + bucket + " was denied "
                    + seen + " while trying to " + operation + " (the credentials need s3:ListBucket, s3:GetObject,"
                    + " s3:PutObject and s3:DeleteObject on the bucket)", false, e);
            case "NoSuchBucket" -> new StorageException("the bucket " + target.bucket() + " does not exist"
                    + target.endpoint().map(u -> " at " + u).orElse("") + " " + seen
                    + " (create it, or correct the bucket in site.yaml or --bucket)", false, e);
            case "PermanentRedirect", "AuthorizationHeaderMalformed", "IllegalLocationConstraintException" ->
                    new StorageException(bucket + " is in another region than " + target.region().orElse("the default")
                            + " " + seen + " (set region: in the target, or --region)", false, e);
            default -> {
                boolean retryable = status >= 500 && status != 501 || status == 429 || code.equals("SlowDown")
                        || code.equals("RequestTimeout");
                if (status == 403 && code.isEmpty()) {
                    yield new StorageException(target.endpoint().map(u -> u + " ").orElse("S3 ") + "refused the request to "
                            + operation + " " + seen + " (check the credentials and their permissions on " + bucket + ")",
                            false, e);
                }
                if (status == 404 && code.isEmpty()) {
                    yield new StorageException("the bucket " + target.bucket() + " was not found" + target.endpoint()
                            .map(u -> " at " + u).orElse("") + " " + seen + " (create it, or correct the bucket)", false, e);
                }
                yield new StorageException("cannot " + operation + ": " + bucket + " answered " + seen
                        + (e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                        ? " " + e.awsErrorDetails().errorMessage() : ""), retryable, e);
            }
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
