package org.gazette.content;

/**
 * One name in an article's byline, such as 邵阳日报记者 伍洁.
 *
 * @param name the person's name
 * @param role what they did: 记者, 通讯员, 摄影, ... (may be empty)
 * @param org  the organisation they work for, such as 邵阳日报 (may be empty)
 */
public record Author(String name, String role, String org) {

    /** The words before the name in a byline: organisation then role, as in 邵阳日报记者. */
    public String label() {
        return org + role;
    }
}
