def out = new File(basedir, 'target/generated-sources/bindery/com/example/events')
assert new File(out, 'orders/order_placed/OrderPlaced.java').isFile()
assert new File(out, 'orders/order_placed/Marshaller.java').isFile()
assert new File(out, 'refund_issued/RefundIssued.java').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Generated ') && log.contains(' from 2 schemas')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
assert !new File(basedir, 'bindery.lock').exists() : 'no registry schema, no lockfile'
return true
