// CHANGELOG.md beside the POM becomes changelog.xml, changelog-atom.xml and changelog.json:
// one item per dated release, newest first, no item for Unreleased. The build runs twice.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')
String page = 'https://lantern.example.org/CHANGELOG.html'

List<String> titles = ['Lantern 2.0.0', 'Lantern 1.1.1 [YANKED]', 'Lantern 1.1.0', 'Lantern 1.0.0']
// Ids come from the version alone: 1.1.1 and 1.1.0 share a day but not an id.
List<String> ids = ['2.0.0', '1.1.1', '1.1.0', '1.0.0'].collect { page + '#release-' + it }
// A link reference wins; 1.1.0 has none, so it links to its heading's anchor.
List<String> links = [
        'https://code.example.org/lantern/compare/v1.1.1...v2.0.0',
        'https://code.example.org/lantern/compare/v1.1.0...v1.1.1',
        page + '#110---2024-04-20',
        'https://code.example.org/lantern/releases/v1.0.0']

def rss = new XmlSlurper().parse(new File(site, 'changelog.xml'))
rss.declareNamespace(atom: 'http://www.w3.org/2005/Atom', content: 'http://purl.org/rss/1.0/modules/content/')
def channel = rss.channel
assert channel.title.text() == 'Lantern releases'
assert channel.link.text() == page
assert channel.'atom:link'.find { it.@rel.text() == 'self' }.@href.text() == 'https://lantern.example.org/changelog.xml'
assert channel.item*.title*.text() == titles
assert channel.item*.guid*.text() == ids
assert channel.item*.link*.text() == links
assert channel.item*.pubDate*.text() == [
        'Wed, 01 May 2024 00:00:00 GMT',
        'Sat, 20 Apr 2024 00:00:00 GMT',
        'Sat, 20 Apr 2024 00:00:00 GMT',
        'Wed, 10 Jan 2024 00:00:00 GMT']

String newest = channel.item[0].'content:encoded'.text()
assert newest.contains('<h3>Removed</h3>')
assert newest.contains('<li>The legacy DMX driver.</li>')
assert newest.contains('<li>Fading no longer stutters at 50 Hz.</li>')
// A link to a Markdown page becomes that page's URL.
assert newest.contains('href="https://lantern.example.org/guide.html"')
assert !newest.contains('cache fix')
String presets = channel.item[2].'content:encoded'.text()
assert presets.contains('<h3>Added</h3>')
assert presets.contains('<li>Presets.</li>')
assert channel.item[2].description.text() == 'Added 3: Colour temperature.; Groups of lights.; Presets.'
assert channel.item[0].description.text().startsWith('Removed 1, Fixed 2: The legacy DMX driver.;')

def atom = new XmlSlurper().parse(new File(site, 'changelog-atom.xml'))
assert atom.title.text() == 'Lantern releases'
assert atom.entry*.id*.text() == ids
assert atom.entry*.published*.text() == ['2024-05-01T00:00:00Z', '2024-04-20T00:00:00Z', '2024-04-20T00:00:00Z', '2024-01-10T00:00:00Z']

def json = new JsonSlurper().parse(new File(site, 'changelog.json'), 'UTF-8')
assert json.feed_url == 'https://lantern.example.org/changelog.json'
assert json.items*.id == ids
assert json.items*.url == links
assert json.items*.title == titles

// Nothing of the Unreleased section and no link reference definition reaches any file.
['changelog.xml', 'changelog-atom.xml', 'changelog.json'].each { String name ->
    String text = new File(site, name).getText('UTF-8')
    assert !text.contains('Scenes that nobody')
    assert !text.contains('[2.0.0]:')
    assert !text.contains('HEAD')
}

// The main feed still lists the pages only.
assert new XmlSlurper().parse(new File(site, 'rss.xml')).channel.item*.title*.text() == ['Guide']

List<String> summary = log.readLines().findAll { it =~ /^\[INFO\] (Wrote|Unchanged) .*'changelog'/ }
assert summary == [
        "[INFO] Wrote RSS feed 'changelog' with 4 items: target/site/changelog.xml",
        "[INFO] Wrote Atom feed 'changelog' with 4 items: target/site/changelog-atom.xml",
        "[INFO] Wrote JSON Feed 'changelog' with 4 items: target/site/changelog.json",
        "[INFO] Unchanged RSS feed 'changelog' with 4 items: target/site/changelog.xml",
        "[INFO] Unchanged Atom feed 'changelog' with 4 items: target/site/changelog-atom.xml",
        "[INFO] Unchanged JSON Feed 'changelog' with 4 items: target/site/changelog.json"]
assert !log.contains('[WARNING]')

return true
