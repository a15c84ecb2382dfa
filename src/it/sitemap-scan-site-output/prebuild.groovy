// Writes the HTML pages that `mvn site` would leave in target/site before `package` runs:
// rendered Markdown, generated reports, Javadoc, a page that asks not to be indexed, and files
// that are not pages.
File site = new File(basedir, 'target/site')

void page(File site, String path, String head) {
    File file = new File(site, path)
    file.parentFile.mkdirs()
    file.setText("<!DOCTYPE html>\n<html>\n<head>\n<title>${path}</title>\n${head}\n</head>\n<body></body>\n</html>\n", 'UTF-8')
}

page(site, 'index.html', '<meta charset="UTF-8">')
page(site, 'project-info.html', '<meta name="description" content="Project information">')
page(site, 'news/winter-timetable.html', '')
// The page of a Markdown file with noindex: true; maven-site-plugin writes no robots meta element.
page(site, 'news/staff-rota.html', '')
page(site, 'apidocs/index.html', '')
page(site, 'apidocs/org/example/Ferry.html', '')
page(site, 'internal/report.html', '<meta name="robots" content="noindex, nofollow">')
page(site, 'internal/other.htm', '<META CONTENT="NOINDEX" NAME="ROBOTS">')
new File(site, 'css').mkdirs()
new File(site, 'css/site.css').setText('body { margin: 0; }\n', 'UTF-8')
new File(site, 'images').mkdirs()
new File(site, 'images/logo.svg').setText('<svg xmlns="http://www.w3.org/2000/svg"/>\n', 'UTF-8')
return true
