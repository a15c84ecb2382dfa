package io.github.markfeed.atom;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndPerson;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Namespace;

/** Writes an Atom 1.0 feed (RFC 4287) with ROME. */
public final class AtomWriter {

    /**
     * Date of a feed that has neither items nor a build timestamp. Atom requires {@code updated},
     * and the wall clock would make the output differ on every build.
     */
    public static final Instant NO_DATE = Instant.EPOCH;

    /**
     * Writes the feed to {@code out}, which the caller opens as UTF-8.
     *
     * @throws IOException when writing fails
     */
    public void write(FeedChannel channel, List<FeedItem> items, Writer out) throws IOException {
        Feed feed = feed(channel, items);
        Document document;
        try {
            document = new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            throw new IOException("ROME could not build the Atom document: " + e.getMessage(), e);
        }
        if (channel.language() != null) {
            // ROME keeps the language but does not write it; Atom carries it as xml:lang.
            document.getRootElement().setAttribute("lang", clean(channel.language()), Namespace.XML_NAMESPACE);
        }
        XmlDocuments.write(document, channel.stylesheet(), out);
    }

    private static Feed feed(FeedChannel channel, List<FeedItem> items) {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        // The feed's own URL is a stable, absolute IRI, which is what atom:id asks for.
        feed.setId(channel.selfUrl());
        feed.setTitleEx(text(channel.title()));
        if (channel.description() != null) {
            feed.setSubtitle(text(channel.description()));
        }
        feed.setUpdated(Date.from(channel.updated() != null ? channel.updated() : NO_DATE));
        feed.setAlternateLinks(List.of(link("alternate", channel.link(), "text/html")));
        List<Link> others = new ArrayList<>();
        others.add(link("self", channel.selfUrl(), "application/atom+xml"));
        if (channel.hubUrl() != null) {
            others.add(link("hub", channel.hubUrl(), null));
        }
        feed.setOtherLinks(others);
        feed.setAuthors(persons(channel.authors()));
        feed.setRights(clean(channel.copyright()));
        Generator generator = new Generator();
        generator.setValue(FeedChannel.GENERATOR_NAME);
        generator.setVersion(channel.generatorVersion());
        feed.setGenerator(generator);
        feed.setIcon(channel.iconUrl());
        feed.setLogo(channel.imageUrl());
        feed.setLanguage(channel.language());

        List<Entry> entries = new ArrayList<>();
        for (FeedItem item : items) {
            entries.add(entry(item));
        }
        feed.setEntries(entries);
        return feed;
    }

    private static Entry entry(FeedItem item) {
        Entry entry = new Entry();
        entry.setId(item.url());
        entry.setTitleEx(text(item.title()));
        entry.setAlternateLinks(List.of(link("alternate", item.link(), "text/html")));
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated() != null && item.updated().isAfter(item.published())
                ? item.updated()
                : item.published()));
        if (item.description() != null) {
            entry.setSummary(text(item.description()));
        }
        if (item.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(clean(item.contentHtml()));
            entry.setContents(List.of(content));
        }
        List<Category> categories = new ArrayList<>();
        for (String tag : item.tags()) {
            Category category = new Category();
            category.setTerm(clean(tag));
            categories.add(category);
        }
        entry.setCategories(categories);
        entry.setAuthors(persons(item.authors()));

        List<Module> modules = new ArrayList<>();
        if (item.image() != null) {
            Link enclosure = link("enclosure", item.image().url(), item.image().type());
            enclosure.setLength(item.image().length());
            entry.setOtherLinks(List.of(enclosure));
            modules.add(thumbnail(item));
        }
        entry.setModules(modules);
        return entry;
    }

    private static MediaEntryModuleImpl thumbnail(FeedItem item) {
        // The URL came out of java.net.URI resolution, so it is a valid URI.
        URI url = URI.create(item.image().url());
        Metadata metadata = new Metadata();
        metadata.setThumbnail(new Thumbnail[] {new Thumbnail(url)});
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        media.setMetadata(metadata);
        return media;
    }

    private static List<SyndPerson> persons(List<Author> authors) {
        List<SyndPerson> persons = new ArrayList<>();
        for (Author author : authors) {
            Person person = new Person();
            person.setName(clean(author.name()));
            person.setEmail(clean(author.email()));
            persons.add(person);
        }
        return persons;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(clean(value));
        return content;
    }

    private static String clean(String text) {
        return XmlCharacters.clean(text);
    }
}
