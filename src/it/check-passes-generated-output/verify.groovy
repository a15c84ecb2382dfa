// generate writes the feeds and the sitemap in package, check reads them in verify and finds
// nothing; the plain-text description and title show in the feed.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

assert lines.contains('[INFO] Wrote RSS feed with 2 items: target/site/rss.xml')
assert lines.any { it.startsWith('[INFO] Checked 4 files in ') && it.endsWith('target/site: 0 errors, 0 warnings') }
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
assert log.contains('[INFO] BUILD SUCCESS')

def rss = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/site/rss.xml'))
assert rss.channel.item.find { it.title.text() == 'Storm watch tonight' }.size() == 1
assert rss.channel.item.find { it.title.text() == 'Lamp cleaned & polished' }.description.text() == 'The lens shines again, see the log.'
return true
