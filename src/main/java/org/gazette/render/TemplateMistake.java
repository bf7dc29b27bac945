package org.gazette.render;

import io.pebbletemplates.pebble.error.PebbleException;

/**
 * A template's mistake met while a page is rendered, told by Gazette's filters at the template's
 * line, with a message that already says what to do.
 *
 * <pre>{@code
 * throw new TemplateMistake("longdate was given \"标题\", which is not a date (give it a date ...)", line, self.getName());
 * }</pre>
 */
final class TemplateMistake extends PebbleException {

    TemplateMistake(String message, int line, String template) {
        super(null, message, line, template);
    }
}
