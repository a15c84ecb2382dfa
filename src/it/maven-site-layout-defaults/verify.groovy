// No plugin configuration: pages come from src/site/markdown, URLs follow /{path}.html under the
// POM's <url>, and the channel takes the POM's <name> and <description>.
import groovy.xml.XmlSlurper

String base = 'https://docs.example.org/harbour/'
File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')

assert site.list().sort() == ['atom.xml', 'feed.json', 'rss.xml', 'sitemap.xml']

def rss = new XmlSlurper().parse(new File(site, 'rss.xml'))
rss.declareNamespace(atom: 'http://www.w3.org/2005/Atom', content: 'http://purl.org/rss/1.0/modules/content/')
def channel = rss.channel

assert channel.title.text() == 'Harbour toolkit'
assert channel.description.text() == 'Command-line tools for harbour masters.'
assert channel.link.text() == base
assert channel.'atom:link'.@href.text() == base + 'rss.xml'
assert channel.language.size() == 0
// Without project.build.outputTimestamp, lastBuildDate is the newest item's date.
assert channel.pubDate.text() == 'Tue, 03 Jun 2025 12:45:00 GMT'
assert channel.lastBuildDate.text() == 'Tue, 03 Jun 2025 12:45:00 GMT'

// Only dated pages are items, newest first; '.markdown' files are pages too.
def items = channel.item
assert items*.title*.text() == ['Release 1.1', 'Release 1.0', 'Preview build']
assert items*.link*.text() == [
        base + 'news/2025-06-03-release-1-1.html',
        base + 'news/2025-05-12-release-1-0.html',
        base + 'news/2024-11-30-preview.html']
assert items*.guid*.text() == items*.link*.text()
// A date with a numeric offset, a date from the file name, and a date from a .markdown file name.
assert items*.pubDate*.text() == [
        'Tue, 03 Jun 2025 12:45:00 GMT',
        'Mon, 12 May 2025 00:00:00 GMT',
        'Sat, 30 Nov 2024 00:00:00 GMT']
assert items[0].category*.text() == ['release', 'tides']
assert items[1].category*.text() == ['release']
assert items[2].category.size() == 0
assert items[1].description.text() == 'The first stable release plans berths for up to forty boats.'
assert items.every { it.author.size() == 0 }
assert items.every { it.enclosure.size() == 0 }

String html = items[1].'content:encoded'.text()
assert html.contains('<img src="' + base + 'images/berth-planner.png" alt="Berth planner">')
assert html.contains('<a href="' + base + 'guide/install.html#requirements">requirements</a>')

// Every page is in the sitemap, sorted by URL; undated pages have no lastmod.
def urls = new XmlSlurper().parse(new File(site, 'sitemap.xml')).url
assert urls*.loc*.text() == [
        base + 'guide/install.html',
        base + 'index.html',
        base + 'news/2024-11-30-preview.html',
        base + 'news/2025-05-12-release-1-0.html',
        base + 'news/2025-06-03-release-1-1.html']
assert urls*.lastmod*.text() == ['', '', '2024-11-30T00:00:00Z', '2025-05-12T00:00:00Z', '2025-06-03T12:45:00Z']
assert !new File(site, 'sitemap.xml').getText('UTF-8').contains('notes')

assert log.contains('[INFO] Wrote RSS feed with 3 items: target/site/rss.xml')
assert log.contains('[INFO] Wrote sitemap with 5 URLs: target/site/sitemap.xml')
assert !log.contains('Left out')
assert !log.contains('[WARNING]')

return true
