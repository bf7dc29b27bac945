package org.gazette.markdown;

/**
 * A photo caption block, ready to render: the image link is already relative to the page.
 *
 * <pre>{@code
 * new Figure("../../images/visit.jpg", 800, 533, "市委书记看望机关干部", "2023年3月7日……", "杨超").html(true);
 * // <figure class="photo"><img src=… width="800" height="533" loading="lazy" …><figcaption>…（杨超 摄）</figcaption></figure>
 * }</pre>
 *
 * @param src     the image link, relative to the page that shows it
 * @param width   pixel width read from the file, 0 when unknown
 * @param height  pixel height read from the file, 0 when unknown
 * @param alt     the image's text alternative
 * @param caption the caption, may be empty
 * @param credit  the photographer, may be empty
 */
public record Figure(String src, int width, int height, String alt, String caption, String credit) {

    /** The markup of the block; {@code lazy} is false for the lead photo, which readers see first. */
    public String html(boolean lazy) {
        StringBuilder html = new StringBuilder("<figure class=\"photo\">");
        html.append("<img src=\"").append(Html.escape(src)).append("\" alt=\"").append(Html.escape(alt)).append('"');
        if (width > 0 && height > 0) {
            html.append(" width=\"").append(width).append("\" height=\"").append(height).append('"');
        }
        html.append(lazy ? " loading=\"lazy\" decoding=\"async\"" : " fetchpriority=\"high\"").append('>');
        if (!caption.isEmpty() || !credit.isEmpty()) {
            html.append("<figcaption>");
            if (!caption.isEmpty()) {
                html.append("<span class=\"caption\">").append(Html.escape(caption)).append("</span>");
            }
            if (!credit.isEmpty()) {
                html.append("<span class=\"credit\">（").append(Html.escape(credit)).append(" 摄）</span>");
            }
            html.append("</figcaption>");
        }
        return html.append("</figure>\n").toString();
    }

    /** The markup of a block inside the body, loaded lazily. */
    public String html() {
        return html(true);
    }
}
