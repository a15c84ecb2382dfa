// Every page is a draft. The three feeds are still written as valid documents without items,
// and the sitemap, which must list at least one URL, is deleted instead.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')

assert site.list().sort() == ['atom.xml', 'feed.json', 'rss.xml']

// RSS 2.0 requires a channel's title, link and description; an item is optional.
def rss = new XmlSlurper().parse(new File(site, 'rss.xml'))
rss.declareNamespace(atom: 'http://www.w3.org/2005/Atom')
assert rss.@version.text() == '2.0'
def channel = rss.channel
assert channel.title.text() == 'Lighthouse news'
assert channel.link.text() == 'https://lights.example.org/'
assert channel.description.text() == 'News from the lighthouse.'
assert channel.'atom:link'.@href.text() == 'https://lights.example.org/rss.xml'
assert channel.item.size() == 0
// Without items and without project.build.outputTimestamp there is no date to give.
assert channel.pubDate.size() == 0
assert channel.lastBuildDate.size() == 0

// Atom 1.0 requires id, title, updated and an author when no entry has one.
def atom = new XmlSlurper().parse(new File(site, 'atom.xml'))
assert atom.name() == 'feed'
assert atom.namespaceURI() == 'http://www.w3.org/2005/Atom'
assert atom.id.text() == 'https://lights.example.org/atom.xml'
assert atom.title.text() == 'Lighthouse news'
assert atom.updated.text() == '1970-01-01T00:00:00Z'
assert atom.author.name.text() == 'Lighthouse news'
assert atom.entry.size() == 0

// JSON Feed 1.1 requires version, title and an items array, which may be empty.
def json = new JsonSlurper().parse(new File(site, 'feed.json'), 'UTF-8')
assert json.version == 'https://jsonfeed.org/version/1.1'
assert json.title == 'Lighthouse news'
assert json.feed_url == 'https://lights.example.org/feed.json'
assert json.items == []

// No page text leaks into any file.
for (File file : site.listFiles()) {
    String text = file.getText('UTF-8')
    assert !text.contains('first-light')
    assert !text.contains('new-lens')
}

List<String> summary = log.readLines().findAll { it =~ /^\[INFO\] (Left out|Wrote|Unchanged|Deleted|No sitemap) / }
assert summary == [
        '[INFO] Left out 2 drafts',
        '[INFO] Wrote RSS feed with 0 items: target/site/rss.xml',
        '[INFO] Wrote Atom feed with 0 items: target/site/atom.xml',
        '[INFO] Wrote JSON Feed with 0 items: target/site/feed.json',
        '[INFO] Deleted target/site/sitemap.xml from an earlier build',
        '[INFO] No sitemap written: no published page, and a sitemap must list at least one URL']
assert !log.contains('[WARNING]')

return true
