package org.gazette.deploy;

import java.util.regex.Pattern;

/**
 * A path pattern of site.yaml's {@code cache_control:} and {@code compress:}, over paths in the
 * output folder such as {@code 2023/12/x/index.html}: {@code *} matches within one folder,
 * {@code **} across folders, {@code ?} one character, {@code {a,b}} either. A pattern without
 * {@code /} matches the file name at any depth, as in {@code .gitignore}.
 *
 * <pre>{@code
 * Glob.of("**&#47;*.{html,xml}").matches("2023/12/x/index.html"); // true
 * Glob.of("*.pdf").matches("2023/report.pdf");                 // true: no / in the pattern
 * Glob.of("assets/*").matches("assets/fonts/a.woff2");          // false: * stays in one folder
 * }</pre>
 *
 * @param pattern as written
 * @param regex   the equivalent regular expression over the whole path
 */
public record Glob(String pattern, Pattern regex) {

    public static Glob of(String pattern) {
        String anchored = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        if (!anchored.contains("/")) {
            anchored = "**/" + anchored;
        }
        return new Glob(pattern, Pattern.compile(toRegex(anchored)));
    }

    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?"); // any number of folders, including none
                i += 2;
            } else if (c == '*' && glob.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{') {
                braces++;
                regex.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                regex.append(')');
            } else if (c == ',' && braces > 0) {
                regex.append('|');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
