package org.gazette.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong in a file operation, in words: the JDK's file exceptions carry the path alone
 * as their message ("cannot write x.txt: /site/x.txt" said nothing of why).
 *
 * <pre>{@code
 * IoFailures.describe(new AccessDeniedException("/site/x.txt")); // "/site/x.txt: permission denied"
 * }</pre>
 */
public final class IoFailures {

    private IoFailures() {
    }

    /** Why {@code e} happened: "permission denied", "no such file or folder", "No space left on device", ... */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The file and the reason: "/site/x.txt: permission denied"; an unchecked wrapper's message as it is. */
    public static String describe(Exception e) {
        if (e instanceof UncheckedIOException unchecked) {
            return unchecked.getMessage();
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + (fs.getOtherFile() != null ? " → " + fs.getOtherFile() : "") + ": " + reason(fs);
        }
        return e instanceof IOException io ? reason(io) : String.valueOf(e.getMessage());
    }
}
