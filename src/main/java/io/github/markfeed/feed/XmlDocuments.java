package io.github.markfeed.feed;

import java.io.IOException;
import java.io.Writer;
import org.jdom2.Document;
import org.jdom2.ProcessingInstruction;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/** Writes the JDOM documents ROME builds, the same way for every XML feed format. */
public final class XmlDocuments {

    private XmlDocuments() {}

    /**
     * Writes a document as UTF-8 with {@code \n} line endings and two-space indentation, starting
     * with an {@code xml-stylesheet} instruction when a stylesheet is given. Text nodes keep their
     * white space; only white space between elements is replaced by the indentation.
     *
     * @param stylesheet href of an XSL stylesheet, or {@code null}
     */
    public static void write(Document document, String stylesheet, Writer out) throws IOException {
        if (stylesheet != null) {
            String href = stylesheet.replace("&", "&amp;").replace("\"", "&quot;");
            document.addContent(0, new ProcessingInstruction("xml-stylesheet", "type=\"text/xsl\" href=\"" + href + "\""));
        }
        Format format = Format.getPrettyFormat()
                .setEncoding("UTF-8")
                .setLineSeparator("\n")
                .setIndent("  ")
                .setTextMode(Format.TextMode.TRIM_FULL_WHITE);
        new XMLOutputter(format).output(document, out);
    }
}
