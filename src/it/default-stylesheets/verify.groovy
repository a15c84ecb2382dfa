// stylesheet=default writes markfeed's rss.xsl and atom.xsl at the top of the output folder and
// links every RSS and Atom feed to them with a relative href, whatever folder the feed is in.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')

// The invoker copies this project to target/it/default-stylesheets, three folders below the
// plugin's own folder, so the plugin's resources are found from there.
File resources = new File(basedir, '../../../src/main/resources/io/github/markfeed/stylesheet')
for (String name : ['rss.xsl', 'atom.xsl']) {
    File written = new File(site, name)
    assert written.isFile(): name
    assert written.getText('UTF-8') == new File(resources, name).getText('UTF-8'): name
    def xsl = new XmlSlurper().parse(written)
    assert xsl.name() == 'stylesheet'
    assert xsl.namespaceURI() == 'http://www.w3.org/1999/XSL/Transform'
    assert xsl.@version.text() == '1.0'
}

// Each feed file, the href its xml-stylesheet instruction must carry (null for JSON), and
// its root element.
Map<String, String> hrefs = [
        'rss.xml': 'rss.xsl',
        'atom.xml': 'atom.xsl',
        'feed.json': null,
        'tags/lens/rss.xml': '../../rss.xsl',
        'tags/lens/atom.xml': '../../atom.xsl',
        'tags/lens/feed.json': null,
        'feeds/news/rss.xml': '../../rss.xsl',
        'feeds/news/atom.xml': '../../atom.xsl',
        'feeds/news/feed.json': null]

hrefs.each { String path, String href ->
    File file = new File(site, path)
    assert file.isFile(): path
    List<String> lines = file.readLines('UTF-8')
    if (href == null) {
        assert !file.getText('UTF-8').contains('xml-stylesheet'): path
        assert new JsonSlurper().parse(file, 'UTF-8').items.size() == 1: path
    } else {
        assert lines[0] == '<?xml version="1.0" encoding="UTF-8"?>': path
        assert lines[1] == '<?xml-stylesheet type="text/xsl" href="' + href + '"?>': path
        assert lines.count { it.contains('xml-stylesheet') } == 1: path
        // The href resolves, relative to the feed's own folder, to the stylesheet written above.
        File target = new File(file.parentFile, href).canonicalFile
        assert target == new File(site, href.substring(href.lastIndexOf('/') + 1)).canonicalFile: path
        def root = new XmlSlurper().parse(file)
        assert root.name() == (path.endsWith('rss.xml') ? 'rss' : 'feed'): path
    }
}

// Only the top-level copy of each stylesheet is written.
List<String> stylesheets = []
site.eachFileRecurse { if (it.name.endsWith('.xsl')) stylesheets << site.toPath().relativize(it.toPath()).toString() }
assert stylesheets.sort() == ['atom.xsl', 'rss.xsl']

assert log.contains("[INFO] Wrote RSS feed 'news' with 1 item: target/site/feeds/news/rss.xml")
assert log.contains('[INFO] Wrote 1 tag feed (3 files, 3 changed) under target/site/tags')
assert !log.contains('[WARNING]')

return true
