package org.gazette.feed;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gazette.yaml.ControlCharacters;

/**
 * Writes XML documents with the JDK's streaming writer, which escapes text and attributes, and
 * leaves out the characters XML 1.0 forbids.
 */
final class Xml {

    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private Xml() {
    }

    static byte[] document(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        // The writer escapes markup but passes control characters through, and one would make the
        // whole document unreadable: whatever text brought one, it is left out here.
        return ControlCharacters.without(out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
