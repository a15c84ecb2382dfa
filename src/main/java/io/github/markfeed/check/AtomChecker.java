package io.github.markfeed.check;

import static io.github.markfeed.check.XmlDocuments.child;
import static io.github.markfeed.check.XmlDocuments.children;
import static io.github.markfeed.check.XmlDocuments.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Checks an Atom 1.0 document against RFC 4287. */
final class AtomChecker {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Set<String> TEXT_CONSTRUCTS = Set.of("title", "subtitle", "summary", "rights");
    private static final List<String> UNIQUE_FEED_ELEMENTS =
            List.of("generator", "icon", "logo", "id", "rights", "subtitle", "title", "updated");
    private static final List<String> UNIQUE_ENTRY_ELEMENTS =
            List.of("content", "id", "published", "rights", "source", "summary", "title", "updated");

    private final Findings findings;

    AtomChecker(Findings findings) {
        this.findings = findings;
    }

    void check(Document document) {
        Element feed = document.getDocumentElement();
        languageAttributes(feed);
        for (String required : List.of("id", "title", "updated")) {
            if (child(feed, NAMESPACE, required) == null) {
                findings.error(feed, "atom.feed." + required + ".missing",
                        "<feed> has no <" + required + ">, which RFC 4287 requires");
            }
        }
        repeated(feed, "atom.feed", UNIQUE_FEED_ELEMENTS);
        common(feed, "atom.feed");
        if (children(feed, NAMESPACE, "link").stream().noneMatch(link -> "self".equals(link.getAttribute("rel")))) {
            findings.warning(feed, "atom.feed.link.self", "<feed> has no <link rel=\"self\">; RFC 4287 recommends one"
                    + " with the feed's own URL");
        }
        boolean feedHasAuthor = !children(feed, NAMESPACE, "author").isEmpty();
        Map<String, Element> ids = new HashMap<>();
        for (Element entry : children(feed, NAMESPACE, "entry")) {
            entry(entry, feedHasAuthor, ids);
        }
    }

    private void entry(Element entry, boolean feedHasAuthor, Map<String, Element> ids) {
        for (String required : List.of("id", "title", "updated")) {
            if (child(entry, NAMESPACE, required) == null) {
                findings.error(entry, "atom.entry." + required + ".missing",
                        "<entry> has no <" + required + ">, which RFC 4287 requires");
            }
        }
        repeated(entry, "atom.entry", UNIQUE_ENTRY_ELEMENTS);
        common(entry, "atom.entry");
        Element source = child(entry, NAMESPACE, "source");
        boolean sourceHasAuthor = source != null && !children(source, NAMESPACE, "author").isEmpty();
        if (!feedHasAuthor && children(entry, NAMESPACE, "author").isEmpty() && !sourceHasAuthor) {
            findings.error(entry, "atom.entry.author.missing", "<entry> has no <author>, and neither has <feed>;"
                    + " RFC 4287 requires an author on the feed or on every entry");
        }
        Element content = child(entry, NAMESPACE, "content");
        boolean hasAlternate = children(entry, NAMESPACE, "link").stream()
                .anyMatch(link -> link.getAttribute("rel").isEmpty() || "alternate".equals(link.getAttribute("rel")));
        if (content == null && !hasAlternate) {
            findings.error(entry, "atom.entry.content-or-alternate",
                    "<entry> has neither <content> nor <link rel=\"alternate\">; RFC 4287 requires one of them");
        }
        if (content != null) {
            content(content, entry);
        }
        for (String name : List.of("published")) {
            for (Element date : children(entry, NAMESPACE, name)) {
                date(date, "atom.entry." + name + ".rfc3339");
            }
        }
        Element id = child(entry, NAMESPACE, "id");
        Element updated = child(entry, NAMESPACE, "updated");
        if (id != null) {
            String key = text(id) + " " + (updated == null ? "" : text(updated));
            Element earlier = ids.putIfAbsent(key, entry);
            if (earlier != null) {
                findings.error(id, "atom.entry.id.unique", "'" + text(id) + "' is also the id of "
                        + XmlDocuments.path(earlier) + " with the same <updated>; give every entry its own id");
            }
        }
    }

    /** Checks the elements that feeds and entries share: id, updated, text constructs, links, people, categories. */
    private void common(Element parent, String prefix) {
        for (Element id : children(parent, NAMESPACE, "id")) {
            if (!Values.hasScheme(text(id))) {
                findings.error(id, prefix + ".id.absolute", "'" + text(id)
                        + "' is not an absolute IRI; use the item's permanent URL or a 'urn:uuid:' id");
            }
        }
        for (Element updated : children(parent, NAMESPACE, "updated")) {
            date(updated, prefix + ".updated.rfc3339");
        }
        for (Element child : children(parent)) {
            if (NAMESPACE.equals(child.getNamespaceURI()) && TEXT_CONSTRUCTS.contains(child.getLocalName())) {
                textConstruct(child, prefix + "." + child.getLocalName());
            }
        }
        for (Element link : children(parent, NAMESPACE, "link")) {
            if (!link.hasAttribute("href")) {
                findings.error(link, prefix + ".link.href.missing", "<link> has no href attribute, which RFC 4287 requires");
            }
            if (link.hasAttribute("hreflang")) {
                String problem = Values.languageTagProblem(link.getAttribute("hreflang"));
                if (problem != null) {
                    findings.error(link, "hreflang", prefix + ".link.hreflang.tag",
                            "'" + link.getAttribute("hreflang") + "' " + problem);
                }
            }
            if (link.hasAttribute("length") && !link.getAttribute("length").strip().matches("\\d+")) {
                findings.error(link, "length", prefix + ".link.length.integer",
                        "length is '" + link.getAttribute("length") + "'; it is a size in bytes, a whole number");
            }
        }
        Set<String> alternates = new HashSet<>();
        for (Element link : children(parent, NAMESPACE, "link")) {
            String rel = link.getAttribute("rel");
            if ((rel.isEmpty() || rel.equals("alternate"))
                    && !alternates.add(link.getAttribute("type") + " " + link.getAttribute("hreflang"))) {
                findings.error(link, prefix + ".link.alternate.unique", "<" + parent.getLocalName()
                        + "> has two <link rel=\"alternate\"> with the same type and hreflang; RFC 4287 allows one");
            }
        }
        for (String role : List.of("author", "contributor")) {
            for (Element person : children(parent, NAMESPACE, role)) {
                if (child(person, NAMESPACE, "name") == null) {
                    findings.error(person, prefix + "." + role + ".name.missing",
                            "<" + role + "> has no <name>, which RFC 4287 requires");
                }
            }
        }
        for (Element category : children(parent, NAMESPACE, "category")) {
            if (!category.hasAttribute("term")) {
                findings.error(category, prefix + ".category.term.missing", "<category> has no term attribute");
            }
        }
    }

    private void content(Element content, Element entry) {
        String type = content.getAttribute("type");
        if (content.hasAttribute("src")) {
            if (content.hasChildNodes() && !text(content).isEmpty()) {
                findings.error(content, "atom.entry.content.src.empty", "<content> has a src attribute and content;"
                        + " with src it must be empty");
            }
            if (child(entry, NAMESPACE, "summary") == null) {
                findings.error(entry, "atom.entry.summary.missing",
                        "<entry> has <content src=...> but no <summary>; RFC 4287 requires one then");
            }
            return;
        }
        if (type.isEmpty() || type.equals("text") || type.equals("html") || type.equals("xhtml")) {
            textConstruct(content, "atom.entry.content");
        } else if (!Values.isMimeType(type)) {
            findings.error(content, "type", "atom.entry.content.type",
                    "type is '" + type + "'; use text, html, xhtml or a MIME type");
        }
    }

    /** Checks a text construct: type text or html contains only text, and type xhtml contains one XHTML div. */
    private void textConstruct(Element element, String prefix) {
        String type = element.hasAttribute("type") ? element.getAttribute("type") : "text";
        List<Element> children = children(element);
        switch (type) {
            case "text", "html" -> {
                if (!children.isEmpty()) {
                    findings.error(element, prefix + "." + type + ".escaped", "<" + element.getLocalName()
                            + " type=\"" + type + "\"> contains the element <" + children.get(0).getNodeName()
                            + ">; escape markup as text (&lt;" + children.get(0).getNodeName() + "&gt;)"
                            + (type.equals("html") ? " or use type=\"xhtml\" with a <div xmlns=\"" + XHTML + "\">" : ""));
                }
            }
            case "xhtml" -> {
                boolean onlyDiv = children.size() == 1 && XmlDocuments.is(children.get(0), XHTML, "div");
                boolean textOutside = false;
                for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                        textOutside = true;
                    }
                }
                if (!onlyDiv || textOutside) {
                    findings.error(element, prefix + ".xhtml.div", "<" + element.getLocalName()
                            + " type=\"xhtml\"> must contain exactly one <div xmlns=\"" + XHTML + "\"> and nothing else");
                }
            }
            default -> findings.error(element, "type", prefix + ".type",
                    "type is '" + type + "'; a text construct has type text, html or xhtml");
        }
    }

    private void date(Element date, String rule) {
        String problem = Values.rfc3339Problem(text(date));
        if (problem != null) {
            findings.error(date, rule, "'" + text(date) + "' " + problem);
        }
    }

    private void repeated(Element parent, String prefix, List<String> names) {
        for (String name : names) {
            List<Element> elements = children(parent, NAMESPACE, name);
            if (elements.size() > 1) {
                findings.error(elements.get(1), prefix + "." + name + ".repeated", "<" + parent.getLocalName()
                        + "> has " + elements.size() + " <" + name + "> elements; RFC 4287 allows one");
            }
        }
    }

    /** Checks every xml:lang attribute in the document, which must be a language tag or empty. */
    private void languageAttributes(Element element) {
        if (element.hasAttributeNS(XMLConstants.XML_NS_URI, "lang")) {
            String value = element.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            String problem = value.isEmpty() ? null : Values.languageTagProblem(value);
            if (problem != null) {
                findings.error(element, "xml:lang", "atom.xml-lang.tag", "'" + value + "' " + problem);
            }
        }
        for (Element child : children(element)) {
            languageAttributes(child);
        }
    }
}
