def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split('BUILD SUCCESS')
assert runs.size() >= 2 : 'two successful builds'
assert runs[1].contains('Generated ') : 'the second build generated again, from scratch'
assert !log.contains('Cannot reach')
assert runs[1].contains('Tests run: 1, Failures: 0, Errors: 0')
assert new File(basedir, 'target-offline/generated-sources/bindery/dev/bindery/events/com_example_orders/orderplaced/OrderPlaced.java').isFile()
return true
