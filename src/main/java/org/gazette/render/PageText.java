package org.gazette.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;

/**
 * Where Pebble writes a page: a StringBuilder sized for a page. Pebble writes into a StringWriter
 * through an adapter made for every printed value, and a StringWriter's buffer is a StringBuffer,
 * which takes a lock for each of the thousand writes of a page and grows from 16 characters.
 */
final class PageText extends Writer implements SpecializedWriter {

    /** About the size of an article page: most pages never grow the buffer. */
    private static final int CAPACITY = 16 * 1024;

    private final StringBuilder text = new StringBuilder(CAPACITY);

    @Override
    public void writeSpecialized(int i) {
        text.append(i);
    }

    @Override
    public void writeSpecialized(long l) {
        text.append(l);
    }

    @Override
    public void writeSpecialized(double d) {
        text.append(d);
    }

    @Override
    public void writeSpecialized(float f) {
        text.append(f);
    }

    @Override
    public void writeSpecialized(short s) {
        text.append(s);
    }

    @Override
    public void writeSpecialized(byte b) {
        text.append(b);
    }

    @Override
    public void writeSpecialized(char c) {
        text.append(c);
    }

    @Override
    public void writeSpecialized(String s) {
        text.append(s);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
