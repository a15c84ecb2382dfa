// 250 pages with at most 100 URLs per file: a sitemap index lists the gzip copies of three
// sitemap files. The build runs twice, and the second run changes nothing.
import groovy.xml.XmlSlurper
import java.util.zip.GZIPInputStream

File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')

assert site.list().sort() == [
        'rss.xml',
        'sitemap-1.xml', 'sitemap-1.xml.gz',
        'sitemap-2.xml', 'sitemap-2.xml.gz',
        'sitemap-3.xml', 'sitemap-3.xml.gz',
        'sitemap.xml', 'sitemap.xml.gz']

def index = new XmlSlurper().parse(new File(site, 'sitemap.xml'))
assert index.name() == 'sitemapindex'
assert index.namespaceURI() == 'http://www.sitemaps.org/schemas/sitemap/0.9'
assert index.sitemap.loc*.text() == [
        'https://tides.example.org/log/sitemap-1.xml.gz',
        'https://tides.example.org/log/sitemap-2.xml.gz',
        'https://tides.example.org/log/sitemap-3.xml.gz']
// Each part's lastmod is the newest date of its URLs: readings 100, 200 and 250.
assert index.sitemap.lastmod*.text() == ['2025-04-16T06:00:00Z', '2025-08-04T06:00:00Z', '2025-09-26T06:00:00Z']

byte[] gunzip(File file) {
    new GZIPInputStream(new FileInputStream(file)).withCloseable { it.bytes }
}

List<String> locations = []
for (int part = 1; part <= 3; part++) {
    File plain = new File(site, "sitemap-${part}.xml")
    File gzip = new File(site, "sitemap-${part}.xml.gz")
    assert gunzip(gzip) == plain.bytes
    def urlset = new XmlSlurper().parse(plain)
    assert urlset.name() == 'urlset'
    assert urlset.url.size() == (part < 3 ? 100 : 50)
    locations.addAll(urlset.url.loc*.text())
}
assert gunzip(new File(site, 'sitemap.xml.gz')) == new File(site, 'sitemap.xml').bytes

List<String> expected = (1..250).collect { String.format('https://tides.example.org/log/readings/reading-%03d/', it) }
assert locations == expected

List<String> summary = log.readLines().findAll { it =~ /^\[INFO\] (Wrote|Unchanged|Deleted) / }
assert summary == [
        '[INFO] Wrote RSS feed with 20 items: target/site/rss.xml',
        '[INFO] Wrote sitemap index of 3 files with 250 URLs: target/site/sitemap.xml',
        '[INFO] Unchanged RSS feed with 20 items: target/site/rss.xml',
        '[INFO] Unchanged sitemap index of 3 files with 250 URLs: target/site/sitemap.xml']
assert !log.contains('[WARNING]')

return true
