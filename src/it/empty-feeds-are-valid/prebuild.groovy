// Leaves a sitemap from an earlier build that had published pages, so that verify.groovy can
// check that this build deletes it.
File site = new File(basedir, 'target/site')
site.mkdirs()
new File(site, 'sitemap.xml').setText('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://lights.example.org/news/first-light.html</loc></url></urlset>\n', 'UTF-8')
return true
