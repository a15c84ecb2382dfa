// -Dmarkfeed.skip=true (from test.properties) skips the goal although the project is valid.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[INFO] Skipping markfeed:generate because skip is true (<skip> or -Dmarkfeed.skip)')
assert log.contains('[INFO] BUILD SUCCESS')
assert !log.contains('Wrote RSS feed')
assert !log.contains('[WARNING]')
assert !new File(basedir, 'target/site').exists()

return true
