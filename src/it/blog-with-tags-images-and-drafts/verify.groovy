// A blog with page bundles, tags, a local featured image, links between posts, a draft, a post
// dated after the build, and project.build.outputTimestamp. The build runs twice.
import groovy.xml.XmlSlurper

File site = new File(basedir, 'target/site')
File rssFile = new File(site, 'rss.xml')
File sitemapFile = new File(site, 'sitemap.xml')
File cover = new File(basedir, 'content/posts/tide-tables/cover.png')
String log = new File(basedir, 'build.log').getText('UTF-8')

assert rssFile.isFile()
assert sitemapFile.isFile()

def rss = new XmlSlurper().parse(rssFile)
rss.declareNamespace(
        atom: 'http://www.w3.org/2005/Atom',
        content: 'http://purl.org/rss/1.0/modules/content/',
        dc: 'http://purl.org/dc/elements/1.1/',
        media: 'http://search.yahoo.com/mrss/')
def channel = rss.channel

assert rss.@version.text() == '2.0'
assert channel.title.text() == 'Harbour walks blog'
assert channel.link.text() == 'https://walks.example.org/'
assert channel.description.text() == 'Tides, crossings and coastal paths.'
assert channel.language.text() == 'en-gb'
assert channel.'atom:link'.@href.text() == 'https://walks.example.org/rss.xml'
assert channel.'atom:link'.@rel.text() == 'self'
// The channel's pubDate is the newest item's date; lastBuildDate is project.build.outputTimestamp.
assert channel.pubDate.text() == 'Wed, 02 Apr 2025 00:00:00 GMT'
assert channel.lastBuildDate.text() == 'Mon, 30 Jun 2025 12:00:00 GMT'

def items = channel.item
assert items.size() == 2
assert items*.title*.text() == ['Crossing at low water', 'Reading tide tables']

// Newest first: the date comes from the file name, the categories from 'tags' then 'categories'.
def lowWater = items[0]
assert lowWater.link.text() == 'https://walks.example.org/2025/low-water/'
assert lowWater.guid.text() == 'https://walks.example.org/2025/low-water/'
assert lowWater.pubDate.text() == 'Wed, 02 Apr 2025 00:00:00 GMT'
assert lowWater.description.text() == 'When the causeway is safe to walk.'
assert lowWater.category*.text() == ['tides', 'safety', 'guides']
assert lowWater.'dc:creator'*.text() == ['Harbour Walks Team']
assert lowWater.author.size() == 0
assert lowWater.enclosure.size() == 0
assert lowWater.'media:content'.size() == 0
assert lowWater.'content:encoded'.text().contains('<h2>Safe crossings</h2>')

// A page bundle: the featured image and the body image sit beside index.md.
def tideTables = items[1]
assert tideTables.link.text() == 'https://walks.example.org/2025/tide-tables/'
assert tideTables.guid.text() == 'https://walks.example.org/2025/tide-tables/'
assert tideTables.pubDate.text() == 'Mon, 10 Mar 2025 07:30:00 GMT'
assert tideTables.description.text() == 'A tide table lists the times and heights of high and low water for one port.'
assert tideTables.category*.text() == ['tides', 'navigation', 'coastal walks']
assert tideTables.author.text() == 'ada@example.org (Ada Marsh)'
assert tideTables.'dc:creator'*.text() == ['Ada Marsh']

assert cover.length() == 69
def enclosure = tideTables.enclosure
assert enclosure.size() == 1
assert enclosure.@url.text() == 'https://walks.example.org/2025/tide-tables/cover.png'
assert enclosure.@length.text() == '69'
assert enclosure.@type.text() == 'image/png'

def media = tideTables.'media:content'
assert media.size() == 1
assert media.@url.text() == 'https://walks.example.org/2025/tide-tables/cover.png'
assert media.@medium.text() == 'image'
assert media.@type.text() == 'image/png'
assert media.@fileSize.text() == '69'
assert media.'media:title'.text() == 'Reading tide tables'

String html = tideTables.'content:encoded'.text()
assert html.contains('<img src="https://walks.example.org/2025/tide-tables/chart.png" alt="Chart of the causeway">')
assert html.contains('<a href="https://walks.example.org/2025/low-water/#safe-crossings">low water</a>')
assert html.contains('<a href="https://walks.example.org/about/">the about page</a>')
assert !html.contains('.md')

// The undated page with its own permalink is in the sitemap only; lastmod prefers 'updated'.
def sitemap = new XmlSlurper().parse(sitemapFile)
def urls = sitemap.url
assert urls*.loc*.text() == [
        'https://walks.example.org/2025/low-water/',
        'https://walks.example.org/2025/tide-tables/',
        'https://walks.example.org/about/']
assert urls[0].lastmod.text() == '2025-04-20T09:00:00Z'
assert urls[1].lastmod.text() == '2025-03-10T07:30:00Z'
assert urls[2].lastmod.size() == 0

// Neither the draft nor the post dated 2099 shows up in any output file.
List<File> outputs = []
site.eachFileRecurse { if (it.isFile()) outputs << it }
assert outputs*.name.sort() == ['atom.xml', 'feed.json', 'rss.xml', 'sitemap.xml']
for (File output : outputs) {
    String text = output.getText('UTF-8')
    assert !text.contains('unfinished-route')
    assert !text.contains('Unfinished route guide')
    assert !text.contains('secret-draft-tag')
    assert !text.contains('future-crossing')
    assert !text.contains('A crossing planned for later')
}

// invoker.properties runs the build twice: the first run writes every file, the second finds
// that the same bytes are already there.
List<String> summary = log.readLines().findAll { it =~ /^\[INFO\] (Left out|Wrote|Unchanged) / }
assert summary == [
        '[INFO] Left out 1 draft',
        '[INFO] Left out 1 page dated after the build started; set <includeFuture> to publish them now',
        '[INFO] Wrote RSS feed with 2 items: target/site/rss.xml',
        '[INFO] Wrote Atom feed with 2 items: target/site/atom.xml',
        '[INFO] Wrote JSON Feed with 2 items: target/site/feed.json',
        '[INFO] Wrote sitemap with 3 URLs: target/site/sitemap.xml',
        '[INFO] Left out 1 draft',
        '[INFO] Left out 1 page dated after the build started; set <includeFuture> to publish them now',
        '[INFO] Unchanged RSS feed with 2 items: target/site/rss.xml',
        '[INFO] Unchanged Atom feed with 2 items: target/site/atom.xml',
        '[INFO] Unchanged JSON Feed with 2 items: target/site/feed.json',
        '[INFO] Unchanged sitemap with 3 URLs: target/site/sitemap.xml']
assert !log.contains('[WARNING]')

return true
