def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Cannot reach the Bindery registry at http://127.0.0.1:1: connection refused')
return true
