// One site written as RSS 2.0, Atom 1.0 and JSON Feed 1.1: the three files list the same items in
// the same order, with the same ids, dates, authors, tags and images, and each links to itself.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper
import java.time.Instant
import java.time.ZonedDateTime
import java.time.format.DateTimeFormatter

File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')

def rss = new XmlSlurper().parse(new File(site, 'rss.xml'))
rss.declareNamespace(atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/')
def atom = new XmlSlurper().parse(new File(site, 'atom.xml'))
def json = new JsonSlurper().parse(new File(site, 'feed.json'), 'UTF-8')

def channel = rss.channel
def rssItems = channel.item
def entries = atom.entry
def jsonItems = json.items

// Ids: the plain page URL in all three formats, newest first.
List<String> ids = [
        'https://walks.example.org/posts/spring-tides/',
        'https://walks.example.org/posts/harbour-lights/',
        'https://walks.example.org/posts/first-walk/']
assert rssItems*.guid*.text() == ids
// No isPermaLink attribute: RSS 2.0 defaults it to true.
assert rssItems*.guid*.@isPermaLink*.text() == ['', '', '']
assert entries*.id*.text() == ids
assert jsonItems*.id == ids

List<String> titles = ['Spring tides', 'Harbour lights', 'First walk of the year']
assert rssItems*.title*.text() == titles
assert entries*.title*.text() == titles
assert jsonItems*.title == titles

// Links: the page URL with linkParameters appended; ids keep the plain URL.
List<String> links = ids.collect { it + '?utm_source=feed&utm_medium=reader' }
assert rssItems*.link*.text() == links
assert entries.collect { it.link.find { l -> l.@rel.text() == 'alternate' }.@href.text() } == links
assert jsonItems*.url == links

// Dates: RFC 822 in RSS, RFC 3339 in Atom and JSON, all the same instants in UTC.
List<String> rssDates = ['Sat, 10 May 2025 07:30:00 GMT', 'Tue, 01 Apr 2025 00:00:00 GMT', 'Sat, 15 Mar 2025 18:15:00 GMT']
List<String> isoDates = ['2025-05-10T07:30:00Z', '2025-04-01T00:00:00Z', '2025-03-15T18:15:00Z']
assert rssItems*.pubDate*.text() == rssDates
assert entries*.published*.text() == isoDates
assert jsonItems*.date_published == isoDates
List<Instant> fromRss = rssItems*.pubDate*.text().collect {
    ZonedDateTime.parse(it, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
}
assert fromRss == entries*.published*.text().collect { Instant.parse(it) }
assert fromRss == jsonItems*.date_published.collect { Instant.parse(it) }

// 'updated' after the date: Atom's updated and JSON's date_modified; RSS has no element for it.
assert entries*.updated*.text() == ['2025-05-12T08:00:00Z', '2025-04-01T00:00:00Z', '2025-03-15T18:15:00Z']
assert jsonItems*.date_modified == ['2025-05-12T08:00:00Z', null, null]

// Self links point at each file, and every format advertises the WebSub hub.
def rssLinks = channel.'atom:link'
assert rssLinks.find { it.@rel.text() == 'self' }.@href.text() == 'https://walks.example.org/rss.xml'
assert rssLinks.find { it.@rel.text() == 'hub' }.@href.text() == 'https://hub.example.net/'
def atomLinks = atom.link
assert atomLinks.find { it.@rel.text() == 'self' }.@href.text() == 'https://walks.example.org/atom.xml'
assert atomLinks.find { it.@rel.text() == 'self' }.@type.text() == 'application/atom+xml'
assert atomLinks.find { it.@rel.text() == 'hub' }.@href.text() == 'https://hub.example.net/'
assert atomLinks.find { it.@rel.text() == 'alternate' }.@href.text() == 'https://walks.example.org/'
assert json.feed_url == 'https://walks.example.org/feed.json'
assert json.home_page_url == 'https://walks.example.org/'
assert json.hubs == [[type: 'WebSub', url: 'https://hub.example.net/']]
assert json.version == 'https://jsonfeed.org/version/1.1'

// Feed-level values.
assert channel.title.text() == 'Harbour walks'
assert atom.title.text() == 'Harbour walks'
assert json.title == 'Harbour walks'
assert channel.description.text() == 'Tides, crossings and coastal paths.'
assert atom.subtitle.text() == 'Tides, crossings and coastal paths.'
assert json.description == 'Tides, crossings and coastal paths.'
assert channel.language.text() == 'en-gb'
assert json.language == 'en-gb'
assert atom.id.text() == 'https://walks.example.org/atom.xml'
assert atom.updated.text() == '2025-06-30T12:00:00Z'
assert channel.lastBuildDate.text() == 'Mon, 30 Jun 2025 12:00:00 GMT'
assert atom.author.name*.text() == ['Harbour Walks Team']
assert json.authors == [[name: 'Harbour Walks Team']]

// Authors: RSS <author> needs an address, so it comes from the first author that has one.
assert rssItems*.author*.text() == ['ada@example.org (Ada Marsh)', 'ben@example.org (Ben Quay)', '']
assert rssItems.collect { it.'dc:creator'*.text() } == [['Ada Marsh'], ['Ben Quay', 'Cara Dune'], ['Harbour Walks Team']]
assert entries.collect { it.author.name*.text() } == [['Ada Marsh'], ['Ben Quay', 'Cara Dune'], ['Harbour Walks Team']]
assert entries.collect { entry -> entry.author.collect { it.email.text() } } == [['ada@example.org'], ['ben@example.org', ''], ['']]
assert jsonItems*.authors == [
        [[name: 'Ada Marsh', url: 'mailto:ada@example.org']],
        [[name: 'Ben Quay', url: 'mailto:ben@example.org'], [name: 'Cara Dune']],
        [[name: 'Harbour Walks Team']]]

// Tags then categories, in order, in all three formats.
assert rssItems.collect { it.category*.text() } == [['tides', 'safety', 'guides'], ['lights'], []]
assert entries.collect { it.category*.@term*.text() } == [['tides', 'safety', 'guides'], ['lights'], []]
assert jsonItems*.tags == [['tides', 'safety', 'guides'], ['lights'], null]

// The featured image beside the page bundle's index.md: an enclosure of the file's size.
String image = 'https://walks.example.org/posts/spring-tides/cover.png'
assert new File(basedir, 'content/posts/spring-tides/cover.png').length() == 69
def enclosure = rssItems[0].enclosure
assert enclosure.@url.text() == image
assert enclosure.@length.text() == '69'
assert enclosure.@type.text() == 'image/png'
def atomEnclosure = entries[0].link.find { it.@rel.text() == 'enclosure' }
assert atomEnclosure.@href.text() == image
assert atomEnclosure.@length.text() == '69'
assert atomEnclosure.@type.text() == 'image/png'
assert jsonItems*.image == [image, null, null]
assert rssItems[1].enclosure.size() == 0
assert entries[1].link.findAll { it.@rel.text() == 'enclosure' }.size() == 0

// Summary and full content in each format.
assert rssItems*.description*.text() == [
        'Why the causeway floods twice a month.',
        'The three lights at the harbour mouth.',
        'A short loop from the car park to the lighthouse and back.']
assert entries*.summary*.text() == rssItems*.description*.text()
assert jsonItems*.summary == rssItems*.description*.text()
assert entries[0].content.@type.text() == 'html'
assert entries[0].content.text() == '<p>Spring tides come twice a month, with the new and the full moon.</p>\n'
assert jsonItems[0].content_html == entries[0].content.text()

// markfeed's JSON Feed extension: the words of the page's text and the minutes at 200 words a minute.
assert jsonItems*._markfeed == [
        [word_count: 13, reading_time_minutes: 1],
        [word_count: 11, reading_time_minutes: 1],
        [word_count: 12, reading_time_minutes: 1]]

List<String> summary = log.readLines().findAll { it =~ /^\[INFO\] (Left out|Wrote|Unchanged|No sitemap) / }
assert summary == [
        '[INFO] Wrote RSS feed with 3 items: target/site/rss.xml',
        '[INFO] Wrote Atom feed with 3 items: target/site/atom.xml',
        '[INFO] Wrote JSON Feed with 3 items: target/site/feed.json',
        '[INFO] Wrote sitemap with 3 URLs: target/site/sitemap.xml']
assert !log.contains('[WARNING]')

// Atom carries the language as xml:lang on <feed> (RFC 4287 section 2).
assert atom.'@xml:lang'.text() == 'en-gb'

return true
