// <skip>true</skip> skips the goal before any parameter is checked: the project has no URL and
// its content folder does not exist, yet the build succeeds.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[INFO] Skipping markfeed:generate because skip is true (<skip> or -Dmarkfeed.skip)')
assert log.contains('[INFO] BUILD SUCCESS')
assert !log.contains('<siteUrl>')
assert !log.contains('<contentDirectory>')
assert !log.contains('[WARNING]')
assert !new File(basedir, 'target/site').exists()

return true
