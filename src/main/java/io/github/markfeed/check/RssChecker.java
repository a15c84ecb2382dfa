package io.github.markfeed.check;

import static io.github.markfeed.check.XmlDocuments.child;
import static io.github.markfeed.check.XmlDocuments.children;
import static io.github.markfeed.check.XmlDocuments.hasChildElements;
import static io.github.markfeed.check.XmlDocuments.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Checks an RSS 2.0 document against the RSS 2.0 specification (RSS Advisory Board, 2009). */
final class RssChecker {

    static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

    private static final Set<String> CHANNEL_ELEMENTS = Set.of(
            "title", "link", "description", "language", "copyright", "managingEditor", "webMaster", "pubDate",
            "lastBuildDate", "category", "generator", "docs", "cloud", "ttl", "image", "rating", "textInput",
            "skipHours", "skipDays", "item");

    private static final Set<String> ITEM_ELEMENTS = Set.of(
            "title", "link", "description", "author", "category", "comments", "enclosure", "guid", "pubDate", "source");

    private static final List<String> UNIQUE_CHANNEL_ELEMENTS = List.of(
            "title", "link", "description", "language", "copyright", "managingEditor", "webMaster", "pubDate",
            "lastBuildDate", "generator", "docs", "cloud", "ttl", "image", "rating", "textInput", "skipHours",
            "skipDays");

    private static final List<String> UNIQUE_ITEM_ELEMENTS =
            List.of("title", "link", "description", "author", "comments", "enclosure", "guid", "pubDate", "source");

    private final Findings findings;

    RssChecker(Findings findings) {
        this.findings = findings;
    }

    void check(Document document) {
        Element rss = document.getDocumentElement();
        if (rss.getNamespaceURI() != null) {
            findings.error(rss, "rss.namespace",
                    "<rss> is in the namespace " + rss.getNamespaceURI() + "; RSS 2.0 elements have no namespace");
        }
        String version = rss.getAttribute("version");
        if (!"2.0".equals(version)) {
            findings.error(rss, "version", "rss.version",
                    "version is '" + version + "'; an RSS 2.0 feed has version=\"2.0\"");
        }
        List<Element> channels = children(rss, null, "channel");
        if (channels.size() != 1) {
            findings.error(rss, "rss.channel.count", "<rss> has " + channels.size()
                    + " <channel> elements; it needs exactly one");
        }
        if (!channels.isEmpty()) {
            channel(channels.get(0));
        }
    }

    private void channel(Element channel) {
        for (String required : List.of("title", "link", "description")) {
            if (child(channel, null, required) == null) {
                findings.error(channel, "rss.channel." + required + ".missing",
                        "<channel> has no <" + required + ">, which RSS 2.0 requires");
            }
        }
        repeated(channel, "rss.channel", UNIQUE_CHANNEL_ELEMENTS);
        unknownElements(channel, CHANNEL_ELEMENTS, "rss.channel.element.unknown");
        Element link = child(channel, null, "link");
        if (link != null) {
            absoluteHttpUrl(link, text(link), "rss.channel.link.absolute");
        }
        Element language = child(channel, null, "language");
        if (language != null) {
            String problem = Values.languageTagProblem(text(language));
            if (problem != null) {
                findings.error(language, "rss.channel.language.tag", "'" + text(language) + "' " + problem);
            }
        }
        for (String name : List.of("pubDate", "lastBuildDate")) {
            for (Element date : children(channel, null, name)) {
                rfc822(date, "rss.channel." + name + ".rfc822");
            }
        }
        for (String name : List.of("managingEditor", "webMaster")) {
            for (Element email : children(channel, null, name)) {
                if (!Values.isEmailAddress(text(email))) {
                    findings.warning(email, "rss.channel." + name + ".email", "'" + text(email)
                            + "' is not an e-mail address, optionally followed by a name in brackets, such as"
                            + " 'editor@example.org (Jane Doe)'");
                }
            }
        }
        for (Element ttl : children(channel, null, "ttl")) {
            if (!text(ttl).matches("\\d+")) {
                findings.error(ttl, "rss.channel.ttl.integer", "'" + text(ttl) + "' is not a whole number of minutes");
            }
        }
        for (Element docs : children(channel, null, "docs")) {
            absoluteHttpUrl(docs, text(docs), "rss.channel.docs.absolute");
        }
        for (Element image : children(channel, null, "image")) {
            image(image);
        }
        for (Element self : children(channel, ATOM_NAMESPACE, "link")) {
            if (!self.hasAttribute("href")) {
                findings.error(self, "rss.channel.atom-link.href.missing", "<atom:link> has no href attribute");
            } else {
                absoluteHttpUrl(self, "href", self.getAttribute("href"), "rss.channel.atom-link.href.absolute");
            }
        }
        Map<String, Element> guids = new HashMap<>();
        for (Element item : children(channel, null, "item")) {
            item(item, guids);
        }
    }

    private void image(Element image) {
        for (String required : List.of("url", "title", "link")) {
            Element element = child(image, null, required);
            if (element == null) {
                findings.error(image, "rss.channel.image." + required + ".missing",
                        "<image> has no <" + required + ">, which RSS 2.0 requires");
            } else if (!required.equals("title")) {
                absoluteHttpUrl(element, text(element), "rss.channel.image." + required + ".absolute");
            }
        }
    }

    private void item(Element item, Map<String, Element> guids) {
        if (child(item, null, "title") == null && child(item, null, "description") == null) {
            findings.error(item, "rss.item.title-or-description",
                    "<item> has neither <title> nor <description>; RSS 2.0 requires at least one");
        }
        repeated(item, "rss.item", UNIQUE_ITEM_ELEMENTS);
        unknownElements(item, ITEM_ELEMENTS, "rss.item.element.unknown");
        for (Element link : children(item, null, "link")) {
            absoluteHttpUrl(link, text(link), "rss.item.link.absolute");
        }
        for (Element comments : children(item, null, "comments")) {
            absoluteHttpUrl(comments, text(comments), "rss.item.comments.absolute");
        }
        for (Element date : children(item, null, "pubDate")) {
            rfc822(date, "rss.item.pubDate.rfc822");
        }
        for (Element author : children(item, null, "author")) {
            if (!Values.isEmailAddress(text(author))) {
                findings.warning(author, "rss.item.author.email", "'" + text(author) + "' is not an e-mail address;"
                        + " RSS 2.0 <author> holds one, such as 'jane@example.org (Jane Doe)'; use <dc:creator> for a name");
            }
        }
        for (Element guid : children(item, null, "guid")) {
            guid(guid, guids);
        }
        for (Element enclosure : children(item, null, "enclosure")) {
            enclosure(enclosure);
        }
        for (Element source : children(item, null, "source")) {
            if (!source.hasAttribute("url")) {
                findings.error(source, "rss.item.source.url.missing", "<source> has no url attribute");
            }
        }
    }

    private void guid(Element guid, Map<String, Element> guids) {
        String value = text(guid);
        String isPermaLink = guid.getAttribute("isPermaLink");
        if (guid.hasAttribute("isPermaLink") && !isPermaLink.equals("true") && !isPermaLink.equals("false")) {
            findings.error(guid, "isPermaLink", "rss.item.guid.isPermaLink",
                    "isPermaLink is '" + isPermaLink + "'; use 'true' or 'false'");
        }
        if (value.isEmpty()) {
            findings.error(guid, "rss.item.guid.empty", "<guid> is empty");
            return;
        }
        if (!isPermaLink.equals("false")) {
            String problem = Values.absoluteUrlProblem(value);
            if (problem != null || !Values.isAbsoluteHttpUrl(value)) {
                findings.error(guid, "rss.item.guid.permalink.absolute", "'" + value + "' "
                        + (problem == null ? "is not an http or https URL" : problem)
                        + "; a <guid> that is a permalink (the default, isPermaLink=\"true\") must be an absolute URL,"
                        + " else set isPermaLink=\"false\"");
            }
        }
        Element earlier = guids.putIfAbsent(value, guid);
        if (earlier != null) {
            findings.error(guid, "rss.item.guid.unique",
                    "'" + value + "' is also the guid of " + XmlDocuments.path((Element) earlier.getParentNode())
                            + "; every item needs its own guid");
        }
    }

    private void enclosure(Element enclosure) {
        for (String attribute : List.of("url", "length", "type")) {
            if (!enclosure.hasAttribute(attribute)) {
                findings.error(enclosure, "rss.item.enclosure." + attribute + ".missing",
                        "<enclosure> has no " + attribute + " attribute; RSS 2.0 requires url, length and type"
                                + (attribute.equals("length") ? " (use length=\"0\" when the size is unknown)" : ""));
            }
        }
        if (enclosure.hasAttribute("url")) {
            absoluteHttpUrl(enclosure, "url", enclosure.getAttribute("url"), "rss.item.enclosure.url.absolute");
        }
        String length = enclosure.getAttribute("length");
        if (enclosure.hasAttribute("length") && !length.strip().matches("\\d+")) {
            findings.error(enclosure, "length", "rss.item.enclosure.length.integer",
                    "length is '" + length + "'; it is the size in bytes, a whole number");
        }
        String type = enclosure.getAttribute("type");
        if (enclosure.hasAttribute("type") && !Values.isMimeType(type)) {
            findings.error(enclosure, "type", "rss.item.enclosure.type.mime",
                    "type is '" + type + "', which is not a MIME type such as 'audio/mpeg'");
        }
    }

    private void rfc822(Element date, String rule) {
        String problem = Values.rfc822Problem(text(date));
        if (problem != null) {
            findings.error(date, rule, "'" + text(date) + "' " + problem);
        }
    }

    private void absoluteHttpUrl(Element element, String value, String rule) {
        if (!Values.isAbsoluteHttpUrl(value)) {
            String problem = Values.absoluteUrlProblem(value);
            findings.error(element, rule, "'" + value + "' " + (problem == null ? "is not an http or https URL" : problem));
        }
    }

    private void absoluteHttpUrl(Element element, String attribute, String value, String rule) {
        if (!Values.isAbsoluteHttpUrl(value)) {
            String problem = Values.absoluteUrlProblem(value);
            findings.error(element, attribute, rule,
                    "'" + value + "' " + (problem == null ? "is not an http or https URL" : problem));
        }
    }

    private void repeated(Element parent, String prefix, List<String> names) {
        for (String name : names) {
            List<Element> elements = children(parent, null, name);
            if (elements.size() > 1) {
                findings.error(elements.get(1), prefix + "." + name + ".repeated",
                        "<" + parent.getLocalName() + "> has " + elements.size() + " <" + name + "> elements; RSS 2.0 allows one");
            }
        }
    }

    /** Warns about elements without a namespace that RSS 2.0 does not define; extensions need a namespace. */
    private void unknownElements(Element parent, Set<String> known, String rule) {
        for (Element child : children(parent)) {
            if (child.getNamespaceURI() == null && !known.contains(child.getLocalName())) {
                findings.warning(child, rule, "<" + child.getLocalName() + "> is not an RSS 2.0 element;"
                        + " put extension elements in their own namespace");
            } else if (child.getNamespaceURI() == null && hasChildElements(child)
                    && !Set.of("item", "image", "cloud", "textInput", "skipHours", "skipDays").contains(child.getLocalName())) {
                findings.error(child, rule.replace("unknown", "markup"), "<" + child.getLocalName()
                        + "> contains child elements; escape HTML in it or wrap it in CDATA");
            }
        }
    }
}
