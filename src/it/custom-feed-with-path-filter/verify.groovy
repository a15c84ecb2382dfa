// Two <feeds> entries beside the main feed: 'blog' takes blog/** with its own limit, formats
// and content mode, and 'news' takes the news section with the main feed's settings.
// A page's feed_content lowers what every feed carries for it.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

File site = new File(basedir, 'target/site')
String base = 'https://walks.example.org/'
String log = new File(basedir, 'build.log').getText('UTF-8')

String springTides = base + 'blog/2025-05-10-spring-tides/'
String harbourLights = base + 'blog/2025-04-01-harbour-lights/'
String firstWalk = base + 'blog/2025-03-15-first-walk/'
String pathClosed = base + 'news/2025-04-20-path-closed/'
String ferryTimes = base + 'news/2025-03-01-ferry-times/'

def parseRss = { File file ->
    def rss = new XmlSlurper().parse(file)
    rss.declareNamespace(atom: 'http://www.w3.org/2005/Atom', content: 'http://purl.org/rss/1.0/modules/content/')
    rss
}

// The 'blog' feed: the two newest of the three blog posts, no Atom file, summaries only.
File blog = new File(site, 'blog')
assert blog.list().sort() == ['feed.json', 'rss.xml']
assert !new File(blog, 'atom.xml').exists()

def blogRss = parseRss(new File(blog, 'rss.xml'))
def blogChannel = blogRss.channel
assert blogChannel.title.text() == 'Harbour walks blog'
assert blogChannel.description.text() == 'The blog only.'
assert blogChannel.'atom:link'.@href.text() == base + 'blog/rss.xml'
assert blogChannel.item*.guid*.text() == [springTides, harbourLights]
assert blogChannel.item*.description*.text() == [
        'Spring tides come twice a month, with the new and the full moon.',
        'Red to port, green to starboard, white on the pier head.']
assert blogChannel.item.'content:encoded'.size() == 0
assert !new File(blog, 'rss.xml').getText('UTF-8').contains('A second paragraph')

def blogJson = new JsonSlurper().parse(new File(blog, 'feed.json'), 'UTF-8')
assert blogJson.title == 'Harbour walks blog'
assert blogJson.feed_url == base + 'blog/feed.json'
assert blogJson.items*.id == [springTides, harbourLights]
assert blogJson.items*.summary == blogChannel.item*.description*.text()
// JSON Feed requires content_html or content_text, so a summary-only item repeats the summary.
assert blogJson.items*.content_text == blogJson.items*.summary
assert blogJson.items.every { !it.containsKey('content_html') }

// The 'news' feed: the news section, in all three formats, with full content.
File news = new File(site, 'feeds/news')
assert news.list().sort() == ['atom.xml', 'feed.json', 'rss.xml']
def newsRss = parseRss(new File(news, 'rss.xml'))
assert newsRss.channel.title.text() == 'Harbour walks: news'
assert newsRss.channel.'atom:link'.@href.text() == base + 'feeds/news/rss.xml'
assert newsRss.channel.item*.guid*.text() == [pathClosed, ferryTimes]
def newsAtom = new XmlSlurper().parse(new File(news, 'atom.xml'))
assert newsAtom.entry*.id*.text() == [pathClosed, ferryTimes]
def newsJson = new JsonSlurper().parse(new File(news, 'feed.json'), 'UTF-8')
assert newsJson.items*.id == [pathClosed, ferryTimes]

// feed_content: none leaves the ferry page with its title, link and date in every feed.
def closed = newsRss.channel.item[0]
assert closed.description.text() == 'The cliff path is closed until the landslip is cleared.'
assert closed.'content:encoded'.text() == '<p>The cliff path is closed until the landslip is cleared.</p>\n'
def ferry = newsRss.channel.item[1]
assert ferry.title.text() == 'Summer ferry times'
assert ferry.link.text() == ferryTimes
assert ferry.pubDate.text() == 'Sat, 01 Mar 2025 00:00:00 GMT'
assert ferry.description.size() == 0
assert ferry.'content:encoded'.size() == 0
assert newsAtom.entry[1].summary.size() == 0
assert newsAtom.entry[1].content.size() == 0
assert newsJson.items[1].content_text == 'Summer ferry times'
assert !newsJson.items[1].containsKey('summary')
assert !newsJson.items[1].containsKey('content_html')

// The main feed lists every page with full content, except where feed_content lowers it.
def mainRss = parseRss(new File(site, 'rss.xml'))
def mainItems = mainRss.channel.item
assert mainItems*.guid*.text() == [springTides, pathClosed, harbourLights, firstWalk, ferryTimes]
assert mainItems[0].'content:encoded'.text().contains('<p>A second paragraph that only the full content carries.</p>')
assert mainItems.findAll { it.'content:encoded'.size() == 1 }*.guid*.text() == [springTides, pathClosed, harbourLights, firstWalk]

List<String> summary = log.readLines().findAll { it =~ /^\[INFO\] (Left out|Wrote|Unchanged) / }
assert summary == [
        '[INFO] Wrote RSS feed with 5 items: target/site/rss.xml',
        '[INFO] Wrote Atom feed with 5 items: target/site/atom.xml',
        '[INFO] Wrote JSON Feed with 5 items: target/site/feed.json',
        "[INFO] Wrote RSS feed 'blog' with 2 items: target/site/blog/rss.xml",
        "[INFO] Wrote JSON Feed 'blog' with 2 items: target/site/blog/feed.json",
        "[INFO] Wrote RSS feed 'news' with 2 items: target/site/feeds/news/rss.xml",
        "[INFO] Wrote Atom feed 'news' with 2 items: target/site/feeds/news/atom.xml",
        "[INFO] Wrote JSON Feed 'news' with 2 items: target/site/feeds/news/feed.json",
        '[INFO] Wrote sitemap with 5 URLs: target/site/sitemap.xml']
assert !log.contains('[WARNING]')

return true
