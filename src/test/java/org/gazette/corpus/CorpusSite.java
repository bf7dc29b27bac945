package org.gazette.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Makes a Gazette site of N articles from the shared news corpus, for tests and benchmarks.
 *
 * <pre>
 *   java -cp target/test-classes org.gazette.corpus.CorpusSite N OUTPUT_DIR [CORPUS.jsonl.gz] [PHOTO.jpg]
 *   CorpusSite.write(300, folder);   // from a test
 * </pre>
 *
 * Articles get realistic front matter: two authors with roles, one of 8 columns, one to three
 * of 12 tags, and a lead photo on every tenth article. Past the corpus's end the items repeat
 * with new slugs, so any N works. The output is for local measurement only: never commit it.
 */
public class CorpusSite {

    static final String[] COLUMNS = {"工作动态", "基层动态", "妇女儿童", "家庭教育", "维权关爱", "乡村振兴", "通知公告", "工作综述"};
    static final String[] TAGS = {"妇联", "乡村振兴", "家风家训", "巾帼建功", "儿童", "法治", "就业", "健康", "教育", "志愿服务", "科技", "文化"};
    static final String[] NAMES = {"伍洁", "杨超", "李芳", "周敏", "王静", "赵红", "陈丽", "刘洋"};
    static final String[] ROLES = {"记者", "通讯员", "摄影"};

    /** The shared corpus, beside the repository. */
    public static final Path CORPUS = Path.of("../shared/corpus/cctv-xinwenlianbo.jsonl.gz");
    static final Path PHOTO = Path.of("content/2024/images/reading-night.jpg");

    public static void main(String[] args) throws IOException {
        write(Integer.parseInt(args[0]), Path.of(args[1]),
                args.length > 2 ? Path.of(args[2]) : CORPUS, args.length > 3 ? Path.of(args[3]) : PHOTO);
        System.out.println("wrote " + args[0] + " articles into " + args[1]);
    }

    public static void write(int count, Path out) throws IOException {
        write(count, out, CORPUS, PHOTO);
    }

    public static void write(int count, Path out, Path corpus, Path photo) throws IOException {
        List<Map<String, String>> items = read(corpus);
        Files.createDirectories(out.resolve("static/images"));
        Files.copy(photo, out.resolve("static/images/bench.jpg"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(out.resolve("site.yaml"), "title: 基准测试站点\nbase_url: https://bench.example.org/\n");
        for (int i = 0; i < count; i++) {
            Map<String, String> item = items.get(i % items.size());
            int round = i / items.size();
            String date = item.get("date");
            String slug = "n" + item.get("id") + (round > 0 ? "-" + round : "");
            Path file = out.resolve("content").resolve(date.substring(0, 4)).resolve(date.substring(5, 7)).resolve(slug + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, article(i, item, date), StandardCharsets.UTF_8);
        }
    }

    static String article(int i, Map<String, String> item, String date) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(quote(item.get("title"))).append('\n');
        md.append("date: ").append(date).append(String.format(" %02d:%02d:00%n", 8 + i % 12, i % 60)); // with seconds, so that Hugo reads it too
        md.append("authors:\n");
        md.append("  - { name: ").append(NAMES[i % NAMES.length]).append(", role: 记者, org: 新闻联播 }\n");
        md.append("  - { name: ").append(NAMES[(i / 8 + 3) % NAMES.length]).append(", role: ").append(ROLES[(i / 3) % ROLES.length]).append(" }\n");
        md.append("column: ").append(COLUMNS[Math.floorMod(item.get("title").hashCode(), COLUMNS.length)]).append('\n');
        md.append("tags: [");
        int tags = 1 + i % 3;
        for (int t = 0; t < tags; t++) {
            md.append(t > 0 ? ", " : "").append(TAGS[(i * 7 + t * 5) % TAGS.length]);
        }
        md.append("]\n");
        if (i % 10 == 0) {
            md.append("photos:\n  - { id: lead, src: /images/bench.jpg, caption: ").append(quote("新闻图片 " + item.get("id")))
                    .append(", credit: ").append(NAMES[i % NAMES.length]).append(" }\nlead: lead\n");
        }
        md.append("---\n\n");
        for (String paragraph : item.get("body").split("\n\n")) {
            String text = paragraph.strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean heading = text.length() <= 20 && !text.contains("。") && !text.contains("：");
            md.append(heading ? "## " : "").append(text).append("\n\n");
        }
        return md.toString();
    }

    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static List<Map<String, String>> read(Path corpus) throws IOException {
        List<Map<String, String>> items = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                items.add(parseFlatObject(line));
            }
        }
        return items;
    }

    /** Reads one JSON object whose values are all strings, as the corpus's lines are. */
    static Map<String, String> parseFlatObject(String json) {
        Map<String, String> map = new LinkedHashMap<>();
        int[] at = {json.indexOf('{') + 1};
        while (true) {
            skipTo(json, at, '"');
            if (at[0] >= json.length()) {
                return map;
            }
            String key = string(json, at);
            skipTo(json, at, '"');
            map.put(key, string(json, at));
        }
    }

    static void skipTo(String json, int[] at, char c) {
        while (at[0] < json.length() && json.charAt(at[0]) != c) {
            at[0]++;
        }
    }

    static String string(String json, int[] at) {
        StringBuilder out = new StringBuilder();
        int i = at[0] + 1;
        while (json.charAt(i) != '"') {
            char c = json.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = json.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        at[0] = i + 1;
        return out.toString();
    }
}
