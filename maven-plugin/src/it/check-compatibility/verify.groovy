def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split('BUILD SUCCESS')
assert runs.size() == 2 : 'the first check passes, the second fails'
assert runs[0].contains('com.example.orders@OrderPlaced: compatible with versions [1] (BACKWARD, LENIENT)')
def second = runs[1]
assert second.contains('com.example.shipping@ParcelSent: new schema, nothing to check')
assert second.contains('1 schema(s) incompatible with registry it-compat at ')
assert second.contains('com.example.orders@OrderPlaced (com.example.orders@OrderPlaced.json) is incompatible with versions [1] (BACKWARD, LENIENT):')
def finding = second.readLines().find { it.contains('version 1 /') && it.contains('total') }
assert finding != null : 'the breaking finding names the version and the path of total'
assert finding.contains('breaking')
assert second.contains('BUILD FAILURE')
return true
