// An item template, as a blog's own feed might use: each post in a <figure> with its featured
// image above the page's HTML, then a footer with the reading time and a link back to the post.
// Every item of every format carries the same templated HTML.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

File site = new File(basedir, 'target/site')
String base = 'https://walks.example.org/'
String log = new File(basedir, 'build.log').getText('UTF-8')

def rss = new XmlSlurper().parse(new File(site, 'rss.xml'))
rss.declareNamespace(content: 'http://purl.org/rss/1.0/modules/content/')
def atom = new XmlSlurper().parse(new File(site, 'atom.xml'))
def json = new JsonSlurper().parse(new File(site, 'feed.json'), 'UTF-8')

// Each post's URL, featured image as an absolute URL, title as the template escapes it, word
// count of its text and minutes at 150 words a minute.
List<Map> posts = [
        [url: base + 'posts/spring-tides/', image: base + 'posts/spring-tides/cover.png',
         title: 'Spring tides &amp; the causeway', words: 450, minutes: 3, date: 'May 10, 2025'],
        [url: base + 'posts/marker-posts/', image: base + 'img/buoy.png',
         title: 'Following the marker posts', words: 600, minutes: 4, date: 'April 1, 2025'],
        [url: base + 'posts/quay-steps/', image: 'https://cdn.example.net/photos/quay.jpg',
         title: 'Quay steps', words: 40, minutes: 1, date: 'March 15, 2025']]

def rssItems = rss.channel.item
def entries = atom.entry
assert rssItems*.guid*.text() == posts*.url
assert entries*.id*.text() == posts*.url
assert json.items*.id == posts*.url

Map<String, List<String>> htmlByFormat = [
        'RSS content:encoded': rssItems.collect { it.'content:encoded'.text() },
        'Atom content': entries.collect { it.content.text() },
        'JSON content_html': json.items*.content_html]

htmlByFormat.each { String format, List<String> htmls ->
    assert htmls.size() == posts.size()
    for (int i = 0; i < posts.size(); i++) {
        Map post = posts[i]
        String html = htmls[i]
        String where = format + ' of ' + post.url

        // The figure opens the item, and the image comes before the page's first paragraph.
        assert html.startsWith('<figure class="post">'): where
        String img = '<img src="' + post.image + '" alt="">'
        assert html.contains(img): where
        int imageAt = html.indexOf(img)
        int firstParagraph = html.indexOf('<p>The tide turns twice a day')
        int figureEnd = html.indexOf('</figure>')
        assert imageAt < firstParagraph: where
        assert firstParagraph < figureEnd: where

        // The footer follows the figure, with the reading time, the word count, the date and a
        // link that carries linkParameters.
        int footer = html.indexOf('<footer class="post-footer">')
        assert figureEnd < footer: where
        String footerHtml = html.substring(footer)
        assert footerHtml.contains('<p>' + post.minutes + ' min read, ' + post.words + ' words, ' + post.date + '</p>'): where
        assert footerHtml.contains('<a href="' + post.url + '?utm_source=feed&amp;utm_medium=reader">Read “'
                + post.title + '” on Harbour walks</a>'): where
        assert html.trim().endsWith('</footer>'): where
    }
}
assert htmlByFormat['Atom content'] == htmlByFormat['RSS content:encoded']
assert htmlByFormat['JSON content_html'] == htmlByFormat['RSS content:encoded']
assert entries*.content*.@type*.text() == ['html', 'html', 'html']

// The JSON Feed extension gives the same numbers as the footer.
assert json.items*._markfeed == posts.collect { [word_count: it.words, reading_time_minutes: it.minutes] }

// The template wraps only the item's HTML: summaries stay plain text.
assert rssItems*.description*.text().every { !it.contains('<figure') && !it.contains('min read') }

List<String> summary = log.readLines().findAll { it =~ /^\[INFO\] (Left out|Wrote|Unchanged) / }
assert summary == [
        '[INFO] Wrote RSS feed with 3 items: target/site/rss.xml',
        '[INFO] Wrote Atom feed with 3 items: target/site/atom.xml',
        '[INFO] Wrote JSON Feed with 3 items: target/site/feed.json',
        '[INFO] Wrote sitemap with 3 URLs: target/site/sitemap.xml']
assert !log.contains('[WARNING]')

return true
