package io.github.markfeed.rss;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Image;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.github.markfeed.feed.FeedChannel;
import io.github.markfeed.feed.FeedItem;
import io.github.markfeed.feed.XmlDocuments;
import io.github.markfeed.frontmatter.XmlCharacters;
import io.github.markfeed.page.Author;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.CDATA;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Writes an RSS 2.0 feed with ROME, with the {@code content:}, {@code dc:}, {@code media:} and
 * {@code atom:} extensions that readers use.
 */
public final class RssWriter {

    static final Namespace CONTENT = Namespace.getNamespace("content", "http://purl.org/rss/1.0/modules/content/");
    static final String DOCS = "https://www.rssboard.org/rss-specification";

    /**
     * Writes the feed to {@code out}, which the caller opens as UTF-8.
     *
     * @throws IOException when writing fails
     */
    public void write(FeedChannel channel, List<FeedItem> items, Writer out) throws IOException {
        Channel wire = channel(channel, items);
        Document document;
        try {
            document = new WireFeedOutput().outputJDom(wire);
        } catch (FeedException e) {
            throw new IOException("ROME could not build the RSS document: " + e.getMessage(), e);
        }
        addContentEncoded(document.getRootElement(), items);
        XmlDocuments.write(document, channel.stylesheet(), out);
    }

    private static Channel channel(FeedChannel channel, List<FeedItem> items) {
        Channel wire = new Channel("rss_2.0");
        wire.setEncoding("UTF-8");
        wire.setTitle(clean(channel.title()));
        wire.setLink(channel.link());
        wire.setDescription(clean(channel.description()));
        wire.setLanguage(clean(channel.language()));
        wire.setCopyright(clean(channel.copyright()));
        wire.setManagingEditor(clean(channel.managingEditor()));
        wire.setWebMaster(clean(channel.webMaster()));
        wire.setGenerator(channel.generator());
        wire.setDocs(DOCS);
        if (channel.published() != null) {
            wire.setPubDate(Date.from(channel.published()));
        }
        if (channel.updated() != null) {
            wire.setLastBuildDate(Date.from(channel.updated()));
        }
        if (channel.ttl() != null) {
            wire.setTtl(channel.ttl());
        }
        if (channel.imageUrl() != null) {
            Image image = new Image();
            image.setUrl(channel.imageUrl());
            image.setTitle(clean(channel.title()));
            image.setLink(channel.link());
            // ROME's default of -1 would be written out; no size is known, so none is written.
            image.setWidth(null);
            image.setHeight(null);
            wire.setImage(image);
        }
        AtomLinkModuleImpl atom = new AtomLinkModuleImpl();
        Link self = new Link();
        self.setRel("self");
        self.setType("application/rss+xml");
        self.setHref(channel.selfUrl());
        List<Link> links = new ArrayList<>();
        links.add(self);
        if (channel.hubUrl() != null) {
            Link hub = new Link();
            hub.setRel("hub");
            hub.setHref(channel.hubUrl());
            links.add(hub);
        }
        atom.setLinks(links);
        List<Module> modules = new ArrayList<>();
        modules.add(atom);
        wire.setModules(modules);

        List<Item> wireItems = new ArrayList<>();
        for (FeedItem item : items) {
            wireItems.add(item(item));
        }
        wire.setItems(wireItems);
        return wire;
    }

    private static Item item(FeedItem item) {
        Item wire = new Item();
        wire.setTitle(clean(item.title()));
        wire.setLink(item.link());
        Guid guid = new Guid();
        guid.setPermaLink(true);
        guid.setValue(item.url());
        wire.setGuid(guid);
        if (item.description() != null) {
            Description description = new Description();
            description.setValue(clean(item.description()));
            wire.setDescription(description);
        }
        wire.setPubDate(Date.from(item.published()));
        String rssAuthor = item.authors().stream()
                .map(Author::rssAuthor)
                .filter(a -> a != null)
                .findFirst()
                .orElse(null);
        wire.setAuthor(clean(rssAuthor));
        List<Category> categories = new ArrayList<>();
        for (String tag : item.tags()) {
            Category category = new Category();
            category.setValue(clean(tag));
            categories.add(category);
        }
        wire.setCategories(categories);

        List<Module> modules = new ArrayList<>();
        if (!item.authors().isEmpty()) {
            DCModuleImpl dublinCore = new DCModuleImpl();
            dublinCore.setCreators(item.authors().stream().map(a -> clean(a.name())).toList());
            modules.add(dublinCore);
        }
        if (item.image() != null) {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(item.image().url());
            enclosure.setLength(item.image().length());
            enclosure.setType(item.image().type());
            wire.setEnclosures(List.of(enclosure));
            modules.add(media(item));
        }
        wire.setModules(modules);
        return wire;
    }

    private static MediaEntryModuleImpl media(FeedItem item) {
        // The URL came out of java.net.URI resolution, so it is a valid URI.
        MediaContent content = new MediaContent(new UrlReference(URI.create(item.image().url())));
        content.setMedium("image");
        content.setType(item.image().type());
        if (item.image().length() > 0) {
            content.setFileSize(item.image().length());
        }
        Metadata metadata = new Metadata();
        metadata.setTitle(clean(item.title()));
        content.setMetadata(metadata);
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        media.setMediaContents(new MediaContent[] {content});
        return media;
    }

    /**
     * Adds {@code content:encoded} to each item. ROME's content module writes one CDATA section,
     * which JDOM rejects when the HTML contains {@code ]]>}; here the HTML is split into several
     * CDATA sections at each {@code ]]>}, so that the decoded text is exactly the HTML.
     */
    private static void addContentEncoded(Element rss, List<FeedItem> items) {
        rss.addNamespaceDeclaration(CONTENT);
        List<Element> itemElements = rss.getChild("channel").getChildren("item");
        for (int i = 0; i < itemElements.size(); i++) {
            String html = items.get(i).contentHtml();
            if (html == null) {
                continue;
            }
            Element encoded = new Element("encoded", CONTENT);
            for (String section : cdataSections(clean(html))) {
                encoded.addContent(new CDATA(section));
            }
            itemElements.get(i).addContent(encoded);
        }
    }

    /** Splits text between the two brackets of every {@code ]]>}, so no section contains it. */
    static List<String> cdataSections(String text) {
        List<String> sections = new ArrayList<>();
        int start = 0;
        int terminator;
        while ((terminator = text.indexOf("]]>", start)) >= 0) {
            sections.add(text.substring(start, terminator + 2));
            start = terminator + 2;
        }
        sections.add(text.substring(start));
        return sections;
    }

    private static String clean(String text) {
        return XmlCharacters.clean(text);
    }
}
