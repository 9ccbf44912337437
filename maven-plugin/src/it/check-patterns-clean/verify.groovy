def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('paid-orders.json: no findings (matches 1 schema(s))')
assert log.contains('[WARNING] audit/every-order.json: WARNING detail.orderId [EXISTS_ALWAYS_TRUE]')
assert log.contains('2 event pattern file(s) checked against the schemas of bus default and registry it-check-patterns-clean at ')
assert log.contains('BUILD SUCCESS')
return true
