def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split('BUILD SUCCESS')
assert runs.size() >= 2 : 'two successful builds'
assert runs[0].contains('Generated ')
assert runs[1].contains('Bindery sources are up to date (1 schemas') : 'the second build said it had nothing to do'
assert !runs[1].contains('Generated ')
def marker = new File(basedir, 'target/second-run-started')
assert marker.isFile()
def generated = []
new File(basedir, 'target/generated-sources/bindery').eachFileRecurse(groovy.io.FileType.FILES) { generated << it }
assert generated.size() > 0
generated.each { assert it.lastModified() < marker.lastModified() : "${it} was written by the second build" }
return true
