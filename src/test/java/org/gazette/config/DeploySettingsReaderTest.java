package org.gazette.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gazette.problem.Outcome;
import org.gazette.problem.Problem;
import org.junit.jupiter.api.Test;

/** site.yaml's deploy: section: named targets, limits, header rules; secrets refused. */
class DeploySettingsReaderTest {

    private static Outcome<SiteConfig> parse(String yaml) {
        return SiteConfigLoader.parse(yaml, Path.of("site.yaml"));
    }

    private static List<String> problems(String yaml) {
        return parse(yaml).problems().stream().map(Problem::format).toList();
    }

    @Test
    void withoutADeploySectionThereAreNoTargetsAndTheDefaultLimits() {
        DeploySettings deploy = parse("title: x").value().orElseThrow().deploy();
        assertThat(deploy).isEqualTo(DeploySettings.none());
        assertThat(deploy.maxDeletes()).isEqualTo(25);
        assertThat(deploy.keepDeploys()).isEqualTo(5);
    }

    @Test
    void readsSeveralNamedTargetsLimitsAndRules() {
        Outcome<SiteConfig> config = parse("""
                deploy:
                  targets:
                    production:
                      bucket: news-example-org
                      region: ap-east-1
                    staging:
                      bucket: staging
                      prefix: /preview/news
                      endpoint: https://minio.example.org:9000
                      path_style: true
                      profile: deployer
                  max_deletes: 40
                  keep_deploys: 3
                  cache_control:
                    "*.pdf": public, max-age=604800
                  compress:
                    "**/*.{html,xml}": gzip
                    "**/*.css": brotli
                """);
        assertThat(config.problems()).isEmpty();
        DeploySettings deploy = config.value().orElseThrow().deploy();
        assertThat(deploy.targets()).containsExactly(
                new DeploySettings.Target("production", "news-example-org", "", Optional.of("ap-east-1"), Optional.empty(),
                        false, Optional.empty()),
                new DeploySettings.Target("staging", "staging", "preview/news/", Optional.empty(),
                        Optional.of(URI.create("https://minio.example.org:9000")), true, Optional.of("deployer")));
        assertThat(deploy.maxDeletes()).isEqualTo(40);
        assertThat(deploy.keepDeploys()).isEqualTo(3);
        assertThat(deploy.cacheControl()).containsExactly(new DeploySettings.Rule("*.pdf", "public, max-age=604800"));
        assertThat(deploy.compress()).containsExactly(new DeploySettings.Rule("**/*.{html,xml}", "gzip"),
                new DeploySettings.Rule("**/*.css", "brotli"));
    }

    @Test
    void credentialsInSiteYamlAreAnErrorAtTheirLine() {
        assertThat(problems("""
                deploy:
                  targets:
                    production:
                      bucket: news
                      aws_secret_access_key: abc
                """)).containsExactly("site.yaml:5: credentials never go in site.yaml, where everyone with the repository"
                + " reads them (remove aws_secret_access_key; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the"
                + " environment, or name a profile: with profile:)");
    }

    @Test
    void wrongValuesAreErrorsAtTheirLinesAndUnknownKeysWarnings() {
        assertThat(problems("""
                deploy:
                  targets:
                    a:
                      region: x
                    b:
                      bucket: "has space"
                      prefix: ../up
                      endpoint: ftp://x
                      colour: red
                  max_deletes: -1
                  keep_deploys: 1
                  compress:
                    "*.html": zip
                  bukket: x
                """)).containsExactlyInAnyOrder(
                "site.yaml:4: deploy target a has no bucket (add bucket: NAME)",
                "site.yaml:6: bucket \"has space\" is not a bucket name (letters, digits, '.', '-' and '_', without / or spaces)",
                "site.yaml:7: prefix \"../up\" may not contain . or .. (write a folder such as news/)",
                "site.yaml:8: endpoint \"ftp://x\" must be an http or https URL, such as https://minio.example.org",
                "site.yaml:9: warning: unknown key \"colour\" is ignored (known keys: access_key, access_key_id,"
                        + " aws_access_key_id, aws_secret_access_key, aws_session_token, bucket, credentials, endpoint,"
                        + " password, path_style, prefix, profile, region, secret, secret_access_key, secret_key,"
                        + " session_token)",
                "site.yaml:10: max_deletes must be 0 or more",
                "site.yaml:11: keep_deploys must be at least 2, the current deploy and one to roll back to",
                "site.yaml:13: compress \"zip\" is not one of gzip, brotli, none",
                "site.yaml:14: warning: unknown key \"bukket\" is ignored (known keys: cache_control, compress,"
                        + " keep_deploys, max_deletes, targets)");
    }

    @Test
    void prefixesAreNormalizedToAFolder() {
        assertThat(DeploySettingsReader.normalizePrefix("")).isEmpty();
        assertThat(DeploySettingsReader.normalizePrefix("/")).isEmpty();
        assertThat(DeploySettingsReader.normalizePrefix("news")).isEqualTo("news/");
        assertThat(DeploySettingsReader.normalizePrefix("/a/b/")).isEqualTo("a/b/");
        assertThat(DeploySettingsReader.prefixProblem("a//b")).isPresent();
        assertThat(DeploySettingsReader.prefixProblem("a/./b")).isPresent();
        assertThat(DeploySettingsReader.prefixProblem("新闻/")).isEmpty();
    }
}
