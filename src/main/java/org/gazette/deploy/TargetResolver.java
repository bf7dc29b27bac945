package org.gazette.deploy;

import java.net.URI;
import java.util.Optional;
import org.gazette.config.DeploySettings;
import org.gazette.config.DeploySettingsReader;

/**
 * Settles the target of a deploy from site.yaml's targets and the command line:
 * <ul>
 * <li>a named target is taken from site.yaml, each flag replacing its value;</li>
 * <li>with no name, {@code --bucket} makes a target from the flags alone (CI needs no site.yaml);</li>
 * <li>with no name and no {@code --bucket}, site.yaml's only target is taken; with several, one must be named.</li>
 * </ul>
 *
 * <pre>{@code
 * DeployTarget target = TargetResolver.resolve(settings, Optional.of("staging"), TargetOverrides.none());
 * }</pre>
 */
public final class TargetResolver {

    private TargetResolver() {
    }

    public static DeployTarget resolve(DeploySettings settings, Optional<String> name, TargetOverrides flags) {
        DeploySettings.Target base;
        if (name.isPresent()) {
            base = settings.target(name.get()).orElseThrow(() -> new DeployException("site.yaml has no deploy target named "
                    + name.get() + " (" + (settings.targets().isEmpty() ? "it has none: add deploy: targets:, or pass --bucket"
                    : "its targets: " + String.join(", ", settings.targets().stream().map(DeploySettings.Target::name).toList()))
                    + ")"));
        } else if (flags.bucket().isPresent()) {
            base = new DeploySettings.Target("command line", flags.bucket().get(), "", Optional.empty(), Optional.empty(),
                    false, Optional.empty());
        } else if (settings.targets().size() == 1) {
            base = settings.targets().get(0);
        } else if (settings.targets().isEmpty()) {
            throw new DeployException("no deploy target: site.yaml has no deploy: targets: and no --bucket was given"
                    + " (add a target to site.yaml, or pass --bucket NAME)");
        } else {
            throw new DeployException("site.yaml has several deploy targets ("
                    + String.join(", ", settings.targets().stream().map(DeploySettings.Target::name).toList())
                    + "): name one, such as gazette deploy " + settings.targets().get(0).name());
        }
        String bucket = flags.bucket().orElse(base.bucket());
        if (!DeploySettingsReader.validBucket(bucket)) {
            throw new DeployException("--bucket " + bucket + " is not a bucket name (letters, digits, '.', '-' and '_')");
        }
        String prefix = base.prefix();
        if (flags.prefix().isPresent()) {
            Optional<String> problem = DeploySettingsReader.prefixProblem(flags.prefix().get());
            if (problem.isPresent()) {
                throw new DeployException("--" + problem.get());
            }
            prefix = DeploySettingsReader.normalizePrefix(flags.prefix().get());
        }
        Optional<URI> endpoint = base.endpoint();
        if (flags.endpoint().isPresent()) {
            endpoint = Optional.of(DeploySettingsReader.endpoint(flags.endpoint().get()).orElseThrow(() -> new DeployException(
                    "--endpoint " + flags.endpoint().get() + " must be an http or https URL, such as https://minio.example.org")));
        }
        return new DeployTarget(base.name(), bucket, prefix, flags.region().or(base::region), endpoint,
                flags.pathStyle() || base.pathStyle(), flags.profile().or(base::profile));
    }
}
