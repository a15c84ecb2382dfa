// robotsTxt writes robots.txt with a Sitemap line and drops the Host line of robotsRules with a
// warning. When the content folder has its own robots.txt, markfeed writes none and warns.
File site = new File(basedir, 'target/site')
File siteWithRobots = new File(basedir, 'target/site-with-robots')
String log = new File(basedir, 'build.log').getText('UTF-8')

assert new File(site, 'robots.txt').getText('UTF-8') == '''User-agent: *
Disallow: /drafts/

User-agent: ExampleBot
Disallow: /

Sitemap: https://pier.example.org/sitemap.xml
'''
assert log.contains("[WARNING] <robotsRules>: left out the line 'Host: pier.example.org': markfeed writes the"
        + " Sitemap line itself, and crawlers ignore Host")
assert log.contains('[INFO] Wrote robots.txt: target/site/robots.txt')

assert siteWithRobots.list().sort() == ['rss.xml', 'sitemap.xml']
assert log.contains("[WARNING] robots.txt: the content folder has its own robots.txt, so markfeed leaves it alone;"
        + " add the line 'Sitemap: https://pier.example.org/sitemap.xml' to it, or delete it and use <robotsRules>")
assert !log.contains('target/site-with-robots/robots.txt')
assert new File(basedir, 'content-with-robots/robots.txt').getText('UTF-8') == 'User-agent: *\nDisallow: /office/\n'

List<String> warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
assert warnings.size() == 2

return true
