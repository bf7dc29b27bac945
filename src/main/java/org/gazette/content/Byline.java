package org.gazette.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a newspaper byline into authors with their roles and organisation:
 * {@code 邵阳日报记者 伍洁 通讯员 杨超} gives 伍洁 (记者, 邵阳日报) and 杨超 (通讯员). A role applies to
 * the names after it until the next role; a name may follow its role without a space
 * ({@code 记者伍洁}); {@code 杨超 摄} makes 杨超 the photographer. A line with a word that is
 * neither a role nor a name is not a byline, and neither is an editor's credit (责任编辑：李芳),
 * which names who edited the page, not who wrote the article.
 *
 * <pre>{@code
 * Byline.parse("本报记者 伍洁 王静"); // [伍洁 (记者, 本报), 王静 (记者, 本报)]
 * Byline.parse("坚持政治铸魂");       // empty
 * }</pre>
 */
public final class Byline {

    /** Longest first, so that 摄影记者 is not read as 摄影 + 记者. */
    static final List<String> ROLES = Roles.KNOWN.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{1,6}[·•]\\p{IsHan}{1,6}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000、，,；;]+");
    private static final int LONGEST = 60;

    private Byline() {
    }

    public static Optional<List<Author>> parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > LONGEST) {
            return Optional.empty();
        }
        List<Author> authors = new ArrayList<>();
        String role = "";
        String org = "";
        boolean sawRole = false;
        for (String token : SEPARATORS.split(text)) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("摄") && !authors.isEmpty()) {
                Author last = authors.remove(authors.size() - 1);
                authors.add(new Author(last.name(), "摄影", last.org()));
                continue;
            }
            String slash = token.replaceFirst("^([文图])[/／:：]", "$1 ");
            if (!slash.equals(token)) {
                String[] parts = slash.split(" ", 2);
                role = parts[0].equals("图") ? "摄影" : "文";
                org = "";
                sawRole = true;
                if (!addName(authors, parts[1], role, org)) {
                    return Optional.empty();
                }
                continue;
            }
            Optional<String> found = roleIn(token);
            if (found.isPresent()) {
                int at = token.indexOf(found.get());
                org = token.substring(0, at);
                if (!org.isEmpty() && !HAN.matcher(org).matches()) {
                    return Optional.empty();
                }
                role = found.get();
                sawRole = true;
                String rest = token.substring(at + role.length()).replaceFirst("^[:：]", "");
                // A name written onto its role (记者伍洁) is short; 通讯员队伍建设 is no byline.
                if (!rest.isEmpty() && (rest.length() > 3 || !addName(authors, rest, role, org))) {
                    return Optional.empty();
                }
                continue;
            }
            if (!addName(authors, token, role, org)) {
                return Optional.empty();
            }
        }
        return sawRole && !authors.isEmpty() ? Optional.of(List.copyOf(authors)) : Optional.empty();
    }

    /** A role ending the token's organisation part: 邵阳日报记者, 记者伍洁, 记者. */
    private static Optional<String> roleIn(String token) {
        for (String role : ROLES) {
            int at = token.indexOf(role);
            if (at >= 0 && at <= 12) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static boolean addName(List<Author> authors, String name, String role, String org) {
        if (!NAME.matcher(name).matches()) {
            return false;
        }
        authors.add(new Author(name, role, org));
        return true;
    }
}
