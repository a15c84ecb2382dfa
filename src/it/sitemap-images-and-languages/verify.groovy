// en/ and fr/ are language folders, and a German page joins the visit translations through its
// front matter. Every translation lists all versions, itself included, and x-default points at
// the English one. Featured images and the images in the Markdown are listed as absolute URLs.
import groovy.xml.XmlSlurper

File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')

def sitemap = new XmlSlurper().parse(new File(site, 'sitemap.xml'))
sitemap.declareNamespace(
        s: 'http://www.sitemaps.org/schemas/sitemap/0.9',
        image: 'http://www.google.com/schemas/sitemap-image/1.1',
        xhtml: 'http://www.w3.org/1999/xhtml')
String base = 'https://museum.example.org/'

assert sitemap.url.loc*.text() == [
        base + 'besuch.html',
        base + 'en/harbour/visit.html',
        base + 'en/index.html',
        base + 'en/opening-hours.html',
        base + 'fr/harbour/visit.html',
        base + 'fr/index.html']

def entry(sitemap, String url) {
    def found = sitemap.url.find { it.loc.text() == url }
    assert found.size() == 1: "no <url> for ${url}"
    return found
}

List<String> alternates(entry) {
    entry.'xhtml:link'.collect { it.@rel.text() + ' ' + it.@hreflang.text() + ' ' + it.@href.text() }
}

List<String> home = [
        'alternate en ' + base + 'en/index.html',
        'alternate fr ' + base + 'fr/index.html',
        'alternate x-default ' + base + 'en/index.html']
assert alternates(entry(sitemap, base + 'en/index.html')) == home
assert alternates(entry(sitemap, base + 'fr/index.html')) == home

List<String> visit = [
        'alternate de ' + base + 'besuch.html',
        'alternate en ' + base + 'en/harbour/visit.html',
        'alternate fr ' + base + 'fr/harbour/visit.html',
        'alternate x-default ' + base + 'en/harbour/visit.html']
assert alternates(entry(sitemap, base + 'besuch.html')) == visit
assert alternates(entry(sitemap, base + 'en/harbour/visit.html')) == visit
assert alternates(entry(sitemap, base + 'fr/harbour/visit.html')) == visit
assert alternates(entry(sitemap, base + 'en/opening-hours.html')) == []

// A featured image starting with / is relative to siteUrl, an <img src="/..."> to the host; both
// are the same here because the site is at the host's root. The data: URL is left out.
assert entry(sitemap, base + 'en/index.html').'image:image'.'image:loc'*.text() == [
        base + 'img/front.png', base + 'en/quay.jpg']
assert entry(sitemap, base + 'fr/index.html').'image:image'.'image:loc'*.text() == [base + 'img/front.png']
assert entry(sitemap, base + 'en/harbour/visit.html').'image:image'.'image:loc'*.text() == [
        base + 'en/harbour/cover.png', 'https://maps.example.net/harbour.png']
assert entry(sitemap, base + 'fr/harbour/visit.html').'image:image'.'image:loc'*.text() == [base + 'fr/harbour/carte.png']
assert entry(sitemap, base + 'en/opening-hours.html').'image:image'.size() == 0

def home_en = entry(sitemap, base + 'en/index.html')
assert home_en.changefreq.text() == 'weekly'
assert home_en.priority.text() == '1.0'
assert entry(sitemap, base + 'en/opening-hours.html').lastmod.text() == '2025-06-01T00:00:00Z'

assert !sitemap.text().contains('data:')
assert !new File(site, 'sitemap.xml').getText('UTF-8').contains('/en/en/')

assert log.contains('[INFO] Wrote sitemap with 6 URLs: target/site/sitemap.xml')
assert !log.contains('[WARNING]')

return true
