// Two builds of one project, the second under another JVM time zone and a Thai locale, must write
// the same files with the same bytes, and every RSS date must use English names.
import groovy.xml.XmlSlurper

File siteA = new File(basedir, 'target/site-a')
File siteB = new File(basedir, 'target/site-b')

List<String> relativeFiles(File root) {
    List<String> files = []
    root.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        files << root.toPath().relativize(file.toPath()).toString().replace('\\', '/')
    }
    return files.sort()
}

List<String> filesA = relativeFiles(siteA)
List<String> filesB = relativeFiles(siteB)
assert filesA == filesB
assert filesA.containsAll(['rss.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'changelog.xml', 'rss.xsl', 'atom.xsl'])
assert filesA.any { it.startsWith('tags/timetable/') }
for (String name : filesA) {
    byte[] a = new File(siteA, name).bytes
    byte[] b = new File(siteB, name).bytes
    assert a == b : "${name} differs between the two builds"
}

// RSS 2.0 dates are RFC 822, whose day and month names are English.
String rfc822 = /(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT/
List<String> rssFiles = filesA.findAll { it == 'rss.xml' || it == 'changelog.xml' || it.endsWith('/rss.xml') }
assert rssFiles.size() >= 3
for (String name : rssFiles) {
    def channel = new XmlSlurper().parse(new File(siteB, name)).channel
    List<String> dates = channel.item.pubDate*.text() + [channel.pubDate.text(), channel.lastBuildDate.text()]
    assert dates.size() >= 3
    dates.each { assert it ==~ rfc822 : "${name}: ${it}" }
}

// Dates in the site zone Europe/Berlin, whatever the JVM's zone was.
def rss = new XmlSlurper().parse(new File(siteB, 'rss.xml'))
Map<String, String> pubDates = [:]
rss.channel.item.each { pubDates[it.link.text()] = it.pubDate.text() }
String base = 'https://ferry.example.org/posts/'
assert pubDates[base + 'date-only/'] == 'Sun, 09 Mar 2025 23:00:00 GMT'
assert pubDates[base + 'quoted-local-time/'] == 'Sun, 30 Mar 2025 00:30:00 GMT'
assert pubDates[base + 'jekyll-offset/'] == 'Sat, 15 Feb 2025 02:05:00 GMT'
assert pubDates[base + 'one-digit-offset/'] == 'Fri, 21 Feb 2025 02:15:00 GMT'
assert pubDates[base + 'english-month/'] == 'Mon, 31 Mar 2025 22:00:00 GMT'
assert pubDates[base + 'english-weekday/'] == 'Mon, 05 May 2025 07:00:00 GMT'
assert pubDates[base + 'nested-key/'] == 'Tue, 15 Apr 2025 06:00:00 GMT'
assert pubDates[base + '2025-01-05-new-year/'] == 'Sat, 04 Jan 2025 23:00:00 GMT'
assert pubDates[base + '2025/04/07/dated-folder/'] == 'Sun, 06 Apr 2025 22:00:00 GMT'
assert pubDates[base + 'toml-page/'] == 'Sun, 01 Jun 2025 04:00:00 GMT'
assert pubDates.size() == 10

// Without project.build.outputTimestamp, the channel dates are the newest item's, never the wall clock.
assert rss.channel.lastBuildDate.text() == 'Sun, 01 Jun 2025 04:00:00 GMT'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Dates: published from frontmatter 8, filename 2, none 1; updated from frontmatter 2, none 9')
return true
