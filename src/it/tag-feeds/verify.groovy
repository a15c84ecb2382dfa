// tagFeeds writes RSS, Atom and JSON feeds for every tag under tags/<slug>/. Each lists only the
// pages with that tag and links to itself. The build runs twice.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

File site = new File(basedir, 'target/site')
File tags = new File(site, 'tags')
String base = 'https://walks.example.org/'
String log = new File(basedir, 'build.log').getText('UTF-8')

String springTides = base + 'posts/spring-tides/'
String harbourLights = base + 'posts/harbour-lights/'
String riviera = base + 'posts/riviera-coast/'
String untagged = base + 'posts/untagged/'

// "Côte d'Azur walks" loses its accent, and the apostrophe and the space become hyphens.
// "tides" and "Tides" share the slug tides, so one feed lists both pages. The draft's tag
// gets no feed.
Map<String, List<String>> expected = [
        'cote-d-azur-walks': [riviera],
        'safety': [springTides, harbourLights],
        'tides': [springTides, riviera]]
Map<String, String> titles = [
        'cote-d-azur-walks': "Harbour walks: Côte d'Azur walks",
        'safety': 'Harbour walks: safety',
        'tides': 'Harbour walks: tides']

assert tags.list().sort() == expected.keySet().toList()

expected.each { String slug, List<String> ids ->
    File folder = new File(tags, slug)
    assert folder.list().sort() == ['atom.xml', 'feed.json', 'rss.xml']
    String feedUrl = base + 'tags/' + slug + '/'

    def rss = new XmlSlurper().parse(new File(folder, 'rss.xml'))
    rss.declareNamespace(atom: 'http://www.w3.org/2005/Atom')
    def channel = rss.channel
    assert channel.title.text() == titles[slug]
    assert channel.link.text() == base
    assert channel.description.text() == 'Tides, crossings and coastal paths.'
    assert channel.'atom:link'.find { it.@rel.text() == 'self' }.@href.text() == feedUrl + 'rss.xml'
    assert channel.item*.guid*.text() == ids

    def atom = new XmlSlurper().parse(new File(folder, 'atom.xml'))
    assert atom.title.text() == titles[slug]
    assert atom.id.text() == feedUrl + 'atom.xml'
    assert atom.link.find { it.@rel.text() == 'self' }.@href.text() == feedUrl + 'atom.xml'
    assert atom.entry*.id*.text() == ids

    def json = new JsonSlurper().parse(new File(folder, 'feed.json'), 'UTF-8')
    assert json.title == titles[slug]
    assert json.feed_url == feedUrl + 'feed.json'
    assert json.items*.id == ids
}

// An item in a tag feed keeps all its tags in their own spelling.
def tidesRss = new XmlSlurper().parse(new File(tags, 'tides/rss.xml'))
assert tidesRss.channel.item.collect { it.category*.text() } == [['tides', 'safety'], ["Côte d'Azur walks", 'Tides']]

// The main feeds list every dated page, tagged or not.
def mainRss = new XmlSlurper().parse(new File(site, 'rss.xml'))
assert mainRss.channel.item*.guid*.text() == [springTides, harbourLights, riviera, untagged]
assert new JsonSlurper().parse(new File(site, 'feed.json'), 'UTF-8').items*.id == [springTides, harbourLights, riviera, untagged]

// No output file mentions the draft or its tag.
site.eachFileRecurse { File file ->
    if (file.isFile()) {
        assert !file.getText('UTF-8').contains('draft-only')
    }
}

// The tag feeds get one summary line per build; the second build changes none of the 9 files.
List<String> summary = log.readLines().findAll { it =~ /^\[INFO\] (Left out|Wrote|Unchanged) / }
assert summary == [
        '[INFO] Left out 1 draft',
        '[INFO] Wrote RSS feed with 4 items: target/site/rss.xml',
        '[INFO] Wrote Atom feed with 4 items: target/site/atom.xml',
        '[INFO] Wrote JSON Feed with 4 items: target/site/feed.json',
        '[INFO] Wrote 3 tag feeds (9 files, 9 changed) under target/site/tags',
        '[INFO] Wrote sitemap with 4 URLs: target/site/sitemap.xml',
        '[INFO] Left out 1 draft',
        '[INFO] Unchanged RSS feed with 4 items: target/site/rss.xml',
        '[INFO] Unchanged Atom feed with 4 items: target/site/atom.xml',
        '[INFO] Unchanged JSON Feed with 4 items: target/site/feed.json',
        '[INFO] Unchanged 3 tag feeds (9 files) under target/site/tags',
        '[INFO] Unchanged sitemap with 4 URLs: target/site/sitemap.xml']
assert !log.contains('[WARNING]')

return true
