// Writes feeds by hand into target/site, as another tool might: an RSS feed without a channel
// description and with an ISO 8601 pubDate, an Atom feed whose entry has no id, and an XSL file
// that markfeed:check must skip.
File site = new File(basedir, 'target/site')
site.mkdirs()
new File(site, 'rss.xml').setText('''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Lighthouse log</title>
    <link>https://lighthouse.example.org/</link>
    <item>
      <title>Lamp cleaned</title>
      <link>https://lighthouse.example.org/news/lamp.html</link>
      <pubDate>2025-03-01T09:00:00Z</pubDate>
    </item>
  </channel>
</rss>
''', 'UTF-8')
new File(site, 'news').mkdirs()
new File(site, 'news/atom.xml').setText('''<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Lighthouse log</title>
  <link rel="self" href="https://lighthouse.example.org/news/atom.xml"/>
  <id>https://lighthouse.example.org/</id>
  <updated>2025-03-01T09:00:00Z</updated>
  <author><name>Keeper</name></author>
  <entry>
    <title>Lamp cleaned</title>
    <link href="https://lighthouse.example.org/news/lamp.html"/>
    <updated>2025-03-01T09:00:00Z</updated>
  </entry>
</feed>
''', 'UTF-8')
new File(site, 'rss.xsl').setText('<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>\n', 'UTF-8')
return true
