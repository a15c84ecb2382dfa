package io.github.markfeed.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Strict XML parsing and navigation helpers for the checkers. */
final class XmlDocuments {

    /** A document that is not well-formed, with the parser's position and message. */
    static final class NotWellFormed extends Exception {
        private static final long serialVersionUID = 1L;

        final int line;
        final int column;

        NotWellFormed(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        String location() {
            return line > 0 ? line + ":" + Math.max(column, 1) : "";
        }
    }

    private XmlDocuments() {}

    /**
     * Parses a document with a namespace-aware parser that refuses DTDs and external entities, so
     * that checking a file never reads anything else.
     */
    static Document parse(byte[] bytes) throws NotWellFormed {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            throw new NotWellFormed(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException | IOException e) {
            throw new NotWellFormed(0, 0, e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    /** Returns the child elements of an element, in document order. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** Returns the child elements with a namespace ({@code null} for none) and a local name. */
    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> matches = new ArrayList<>();
        for (Element child : children(parent)) {
            if (is(child, namespace, localName)) {
                matches.add(child);
            }
        }
        return matches;
    }

    static Element child(Element parent, String namespace, String localName) {
        List<Element> matches = children(parent, namespace, localName);
        return matches.isEmpty() ? null : matches.get(0);
    }

    static boolean is(Element element, String namespace, String localName) {
        return Objects.equals(element.getNamespaceURI(), namespace) && localName.equals(element.getLocalName());
    }

    /** Returns the text of an element, stripped of surrounding whitespace. */
    static String text(Element element) {
        return element.getTextContent().strip();
    }

    /** Returns whether an element has child elements, as opposed to only text. */
    static boolean hasChildElements(Element element) {
        return !children(element).isEmpty();
    }

    /**
     * Returns the element's path from the root, such as {@code /rss/channel/item[3]/pubDate}. A
     * step gets a 1-based position, as in XPath, when its parent has more than one element of that
     * name.
     */
    static String path(Element element) {
        List<String> steps = new ArrayList<>();
        Node node = element;
        while (node instanceof Element current) {
            String step = current.getNodeName();
            if (current.getParentNode() instanceof Element parent) {
                int position = 0;
                int count = 0;
                for (Element sibling : children(parent)) {
                    if (sameName(sibling, current)) {
                        count++;
                        if (sibling == current) {
                            position = count;
                        }
                    }
                }
                if (count > 1) {
                    step = step + "[" + position + "]";
                }
            }
            steps.add(0, step);
            node = current.getParentNode();
        }
        return "/" + String.join("/", steps);
    }

    /** Returns the path of an attribute, such as {@code /urlset/url[1]/xhtml:link[2]/@hreflang}. */
    static String path(Element element, String attribute) {
        return path(element) + "/@" + attribute;
    }

    private static boolean sameName(Element first, Element second) {
        return Objects.equals(first.getNamespaceURI(), second.getNamespaceURI())
                && Objects.equals(first.getLocalName(), second.getLocalName());
    }
}
