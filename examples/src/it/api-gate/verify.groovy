// 1.1.0 removed a public method without a major step: the gate (japicmp) must have failed it,
// for that reason; 2.0.0 made the same change with a major step and must have passed.
def log = new File(basedir, 'build.log').text
assert log =~ /greeting 1\.0\.0 \(the baseline\)[ .0-9]* SUCCESS/
assert log =~ /greeting 1\.1\.0 \(minor step, goodbye removed\)[ .0-9]* FAILURE/
assert log =~ /greeting 2\.0\.0 \(major step, goodbye removed\)[ .0-9]* SUCCESS/
assert log.contains('japicmp-maven-plugin:0.27.0:cmp (api-gate) on project greeting: '
    + 'Versions of archives indicate a minor change but binary incompatible changes found.')
assert log =~ /goodbye\(java\.lang\.String\).*METHOD_REMOVED/
