package org.gazette.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.gazette.TestSites;

/**
 * The example site built with the probe theme ({@code sites/every-value/themes/probe}), whose
 * templates print every value a page can read, kept in git so that dates come from commits too;
 * with the edits an editor or a CI job makes to it.
 */
final class ProbeSite {

    /** The date of the first commit, and of those made by {@link #commit} unless told. */
    static final String FIRST_COMMIT = "2025-02-01T10:00:00+08:00";

    final Path root;
    /** site.yaml's keys and values, in order. */
    private final Map<String, String> settings = new LinkedHashMap<>();
    /** Files' bytes kept by {@link #keep}. */
    private final Map<String, byte[]> kept = new HashMap<>();

    ProbeSite(Path root) {
        this.root = root;
    }

    /** Writes the site and commits it. */
    ProbeSite create() {
        TestSites.copy(Path.of("content"), root.resolve("content"));
        TestSites.copy(Path.of("themes"), root.resolve("themes"));
        TestSites.copy(TestSites.site("every-value/themes"), root.resolve("themes"));
        settings.put("title", "邵阳女性");
        settings.put("description", "邵阳市妇女联合会新闻档案");
        settings.put("base_url", "https://news.example.org/");
        settings.put("language", "zh-CN");
        settings.put("time_zone", "Asia/Shanghai");
        settings.put("theme", "probe");
        settings.put("permalink", "/:year/:month/:slug/");
        settings.put("summary_length", "60");
        settings.put("page_size", "2");
        settings.put("feed_size", "3");
        settings.put("feed_content", "full");
        settings.put("slugs", "\n  columns: { 工作综述: review, 工作动态: news, 家庭教育: family }\n  tags: { 妇联: womens-federation }"
                + "\n  authors: { 伍洁: wu-jie }");
        settings.put("redirects", "\n  /old/: /archives/");
        settings.put("deploy", "\n  targets:\n    production: { bucket: news-example-org, region: ap-east-1 }"
                + "\n    staging:\n      bucket: staging-site\n      prefix: news/\n      endpoint: https://minio.example.org"
                + "\n      path_style: true\n      profile: staging-deployer"
                + "\n  max_deletes: 25\n  keep_deploys: 5"
                + "\n  cache_control: { \"*.pdf\": \"public, max-age=604800\" }"
                + "\n  compress: { \"**/*.{html,css,js}\": gzip }");
        writeSettings();
        write("content/2024/2024-03-20-rights-lecture.md", """
                ---
                title: 维权知识进社区
                date: 2024-03-20 09:00
                authors:
                  - { name: 李芳, role: 记者, org: 邵阳女性 }
                  - { name: 伍洁, role: 通讯员 }
                column: 工作动态
                tags: [妇联, 维权]
                photos:
                  - id: lecture
                    src: images/village-training.jpg
                    caption: 讲座现场。
                    credit: 李芳
                    alt: 讲座
                  - id: unplaced
                    src: images/reading-night.jpg
                    caption: 会后合影。
                ---

                ## 讲座内容

                市妇联律师志愿者走进社区，讲解《妇女权益保障法》。

                ![](photo:lecture)

                ## 现场问答

                居民踊跃提问。
                """);
        write("content/2025/2025-01-05-new-year.md", """
                ---
                title: 新年走访慰问困难妇女
                date: 2025-01-05T07:30:00+08:00
                authors: [杨超]
                column: 工作动态
                tags: [妇联, 三八节]
                photos:
                  - src: /shared/logo.jpg
                    caption: 标志。
                lead: photo-1
                ---

                新年前夕，市妇联走访慰问困难妇女。
                """);
        write("content/2026/2026-06-01-future.md", """
                ---
                title: 六一儿童节活动预告
                date: 2026-06-01 09:00
                column: 通知公告
                tags: [妇联]
                ---

                六一儿童节活动将于6月1日举行。
                """);
        write("static/files/notice.txt", "通知\n");
        photo("static/shared/logo.jpg", 40, 40);
        git(FIRST_COMMIT, "init", "-q", "-b", "main");
        commit(FIRST_COMMIT);
        return this;
    }

    /** Sets a key of site.yaml (its value as YAML text), or removes it when {@code value} is null. */
    void set(String key, String value) {
        if (value == null) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
        writeSettings();
    }

    /** Replaces {@code from} by {@code to} in the value of site.yaml's {@code key}, which must hold it. */
    void setting(String key, String from, String to) {
        assertThat(settings.get(key)).as(key).contains(from);
        set(key, settings.get(key).replace(from, to));
    }

    private void writeSettings() {
        StringBuilder text = new StringBuilder();
        settings.forEach((key, value) -> text.append(key).append(':').append(value.startsWith("\n") ? "" : " ").append(value).append('\n'));
        write("site.yaml", text.toString());
    }

    void write(String file, String text) {
        TestSites.write(root.resolve(file), text);
    }

    String read(String file) {
        return TestSites.read(root.resolve(file));
    }

    /** Replaces {@code from} by {@code to} in {@code file}, which must hold it. */
    void replace(String file, String from, String to) {
        String text = read(file);
        assertThat(text).as(file).contains(from);
        write(file, text.replace(from, to));
    }

    void append(String file, String text) {
        write(file, read(file) + text);
    }

    void delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void move(String from, String to) {
        try {
            Files.createDirectories(root.resolve(to).getParent());
            Files.move(root.resolve(from), root.resolve(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG of {@code width} by {@code height} at {@code file}, with a time later than the one it replaces. */
    void photo(String file, int width, int height) {
        Path photo = root.resolve(file);
        try {
            FileTime before = Files.exists(photo) ? Files.getLastModifiedTime(photo) : FileTime.fromMillis(0);
            Files.createDirectories(photo.getParent());
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
            Files.setLastModifiedTime(photo, FileTime.fromMillis(Math.max(before.toMillis() + 5_000,
                    Files.getLastModifiedTime(photo).toMillis())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a copy of {@code file}'s bytes, for {@link #putBack}. */
    void keep(String file) {
        try {
            kept.put(file, Files.readAllBytes(root.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes back the bytes {@link #keep} kept of {@code file}, with a time later than its present one, as a copy from a backup has. */
    void putBack(String file) {
        Path path = root.resolve(file);
        try {
            FileTime before = Files.getLastModifiedTime(path);
            Files.write(path, kept.get(file));
            Files.setLastModifiedTime(path, FileTime.fromMillis(Math.max(before.toMillis() + 5_000,
                    Files.getLastModifiedTime(path).toMillis())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits every change at {@code date}, which git gives the files as their last commit's. */
    void commit(String date) {
        git(date, "add", "-A");
        git(date, "-c", "user.name=editor", "-c", "user.email=editor@example.org", "commit", "-q", "--allow-empty", "-m", "edit");
    }

    /** Undoes the last commit and its changes, as an editor does with git reset --hard HEAD~1. */
    void undoCommit() {
        git(FIRST_COMMIT, "reset", "-q", "--hard", "HEAD~1");
    }

    private void git(String date, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).inheritIO();
            builder.environment().put("GIT_COMMITTER_DATE", date);
            builder.environment().put("GIT_AUTHOR_DATE", date);
            Process process = builder.start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
