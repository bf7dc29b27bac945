package org.gazette.importer;

import java.util.List;
import java.util.Optional;
import org.gazette.content.Author;
import org.gazette.problem.Problem;

/**
 * What was recognised in a legacy article, ready to write as Gazette Markdown.
 *
 * @param title    the headline
 * @param subtitle the line after it starting with ——, without the dashes
 * @param kicker   the line over the headline (眉题)
 * @param date     the date, when one was given or found
 * @param authors  the byline's authors
 * @param photos   photos in order
 * @param lead     the id of the photo shown above the text: the one printed before the byline
 * @param body     the body as Markdown, photos placed by id, ending with a newline
 * @param notes    what the import report says about this article: what was not recognised, and what to check
 */
record ImportedArticle(String title, String subtitle, String kicker, Optional<ImportDate> date, List<Author> authors,
                       List<ImportedPhoto> photos, Optional<String> lead, String body, List<Problem> notes) {

    ImportedArticle {
        authors = List.copyOf(authors);
        photos = List.copyOf(photos);
        notes = List.copyOf(notes);
    }
}
