// sitemapScanOutput lists the HTML pages another tool wrote into target/site, except pages whose
// robots meta element says noindex and pages that a Markdown file stands for.
import groovy.xml.XmlSlurper

File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')

def sitemap = new XmlSlurper().parse(new File(site, 'sitemap.xml'))
String base = 'https://ferry.example.org/docs/'

assert sitemap.url.loc*.text() == [
        base,
        base + 'apidocs/',
        base + 'apidocs/org/example/Ferry.html',
        base + 'news/winter-timetable.html',
        base + 'project-info.html']

// The Markdown page keeps its date; the scanned pages have none.
def timetable = sitemap.url.find { it.loc.text() == base + 'news/winter-timetable.html' }
assert timetable.lastmod.text() == '2025-01-15T00:00:00Z'
assert sitemap.url.findAll { it.lastmod.size() > 0 }.size() == 1

// The noindex Markdown page stays in the feed, and its HTML stays out of the sitemap.
def rss = new XmlSlurper().parse(new File(site, 'rss.xml'))
assert rss.channel.item.link*.text() == [base + 'news/staff-rota.html', base + 'news/winter-timetable.html']

String text = new File(site, 'sitemap.xml').getText('UTF-8')
assert !text.contains('internal/')
assert !text.contains('staff-rota')
assert !text.contains('.css')
assert !text.contains('.svg')

// The scanned pages are still there, untouched.
assert new File(site, 'internal/report.html').isFile()
assert new File(site, 'index.html').isFile()

assert log.contains('[INFO] Wrote sitemap with 5 URLs: target/site/sitemap.xml')
assert !log.contains('[WARNING]')

return true
